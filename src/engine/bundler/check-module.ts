/** The file of an exercise's checks. Its presence switches a bundle to check mode. */
export const CHECKS_FILE = 'checks.ts';
/** What check authors import from (async-lab.d.ts declares it for the editor). */
export const CHECK_MODULE = 'async-lab/check';
/** The entry's step between the checks and main.ts: the page learns the checks' names. */
export const ANNOUNCE_MODULE = 'async-lab/announce';
export const ANNOUNCE = 'self.__asyncLab.checks.announce();';

/** The names CHECK_FUNCTIONS declares, which check authors import. */
export const CHECK_EXPORTS: readonly string[] = ['check', 'assert', 'assertEqual', 'mostAtOnce'];

/**
 * check() plus two small assertions with readable messages, as plain declarations: esbuild's
 * virtual module exports them (virtual-fs.ts) and the quick path declares them in its bundle
 * (quick-bundle.ts), so both compilers give checks the same functions.
 */
export const CHECK_FUNCTIONS = `
const check = (name, fn) => self.__asyncLab.checks.check(name, fn);
function assert(condition, message) { if (!condition) throw new Error(message); }
function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) throw new Error((message ? message + ': ' : '') + self.__asyncLab.checks.mismatch(e, a));
}
function mostAtOnce(spans) {
  const edges = [];
  for (const s of spans) edges.push([s.start, 1], [s.end ?? Infinity, -1]);
  // At equal times an end comes first: one span ending as the next starts is not two at once.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0, most = 0;
  for (const [, step] of edges) most = Math.max(most, (open += step));
  return most;
}`;
