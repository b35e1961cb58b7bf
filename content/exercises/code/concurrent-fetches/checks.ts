import { assert, assertEqual, check, type CheckContext } from 'async-lab/check';

function fetchAllOf(ctx: CheckContext): (urls: string[]) => Promise<unknown> {
  const fetchAll = ctx.exports['fetchAll'];
  assert(typeof fetchAll === 'function', 'main.ts must export the function `fetchAll`.');
  return fetchAll as (urls: string[]) => Promise<unknown>;
}

check('three requests at once', (ctx) => {
  const delays = ctx.requests.filter((r) => r.start <= ctx.elapsedMs && r.url.includes('/delay/'));
  assert(
    delays.length >= 3,
    `saw ${delays.length} requests to /delay/…; the code at the bottom of main.ts should make three.`,
  );
  const lastStart = Math.max(...delays.map((r) => r.start));
  const firstEnd = Math.min(...delays.map((r) => r.end ?? Infinity));
  assert(
    lastStart < firstEnd,
    `the last request started at ${Math.round(lastStart)} ms, after the first had already finished (at ${Math.round(firstEnd)} ms). Start every request before you await any of them.`,
  );
});

check('total under 1.3× the slowest', (ctx) => {
  const delays = ctx.requests.filter((r) => r.start <= ctx.elapsedMs && r.url.includes('/delay/'));
  assert(delays.length > 0, 'no request to /delay/… was made.');
  // Measured rather than assumed (2 000 ms), so that a busy machine slows both sides alike.
  const slowest = Math.max(...delays.map((r) => (r.end ?? ctx.elapsedMs) - r.start));
  assert(
    ctx.elapsedMs < 1.3 * slowest,
    `took ${Math.round(ctx.elapsedMs)} ms, while the slowest request took ${Math.round(slowest)} ms: with the requests running concurrently, the whole should take under ${Math.round(1.3 * slowest)} ms (1.3 × the slowest).`,
  );
});

check('statuses in input order', async (ctx) => {
  const fetchAll = fetchAllOf(ctx);
  // The slow request is in the middle: finishing order and input order differ.
  const urls = ['https://httpbin.org/status/418', 'https://httpbin.org/delay/0.3', 'https://httpbin.org/status/204'];
  const statuses = await fetchAll(urls);
  assertEqual(
    statuses,
    [418, 200, 204],
    'fetchAll(/status/418, /delay/0.3, /status/204) should give the statuses in the order of the URLs',
  );
});
