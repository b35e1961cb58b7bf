import type { BundleResult, SourceFiles } from './bundle-types';
import { RUNTIME_MODULE, takesQuickPath } from './bundle-types';
import { ANNOUNCE, CHECK_EXPORTS, CHECK_FUNCTIONS, CHECK_MODULE, CHECKS_FILE } from './check-module';
import { type QuickModule, quickModule } from './quick-module';

/**
 * The quick path of an edited Run or Check: a playground's TypeScript files turned, in the page and
 * in a few milliseconds, into the same kind of script esbuild makes (bundle.ts). Each file is
 * compiled on its own by quick-module.ts (Sucrase and acorn, lines kept where they were); this file
 * links them. It spares the reader esbuild-wasm: 3 MB to download and a 1.8-2.1 s start on a
 * two-core machine (docs/benchmarks.md), more on a phone.
 *
 * A lone main.ts becomes one line that takes the runtime's names, then its code. Several files (an
 * exercise's checks.ts beside main.ts, a learner's helpers) are each evaluated in a function of
 * their own, in the order a browser evaluates modules, with what they import bound at their start,
 * so each keeps a module's own scope: esbuild instead puts them all in one scope and turns their
 * top-level `let`, `const` and `class` into `var`, so that reading one before its declaration gives
 * `undefined` where a browser throws. The source map is an index map, one section a file.
 *
 * It is deliberately narrow: whatever it is not sure to run as the browser's modules would, it
 * leaves to esbuild by returning null (quick-module.ts; here, an import cycle, an import by name of
 * a binding its module assigns again, which a browser reads live and we bind once, and a name no
 * module exports). quick-bundle.test.ts runs both on every course program and a set of such cases.
 */

/** Larger sources go to esbuild's worker, so the page's thread is never busy for long. */
const MAX_SOURCE = 40_000;

/** UTF-8-safe base64: btoa takes Latin-1 only, and lessons have Chinese comments. */
function base64Json(value: unknown): string {
  const ascii = JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return btoa(ascii);
}

interface SourceMap {
  version: 3;
  file: string;
  sources: string[];
  sourcesContent: string[];
  names: string[];
  mappings: string;
}

const mapOf = (module: QuickModule, lineOffset = 0): SourceMap => ({
  version: 3,
  file: module.file.replace(/\.ts$/, '.js'),
  sources: [module.file],
  sourcesContent: [module.source],
  names: [],
  mappings: ';'.repeat(lineOffset) + module.mappings,
});

const inlineMap = (map: object): string => `//# sourceMappingURL=data:application/json;base64,${base64Json(map)}`;

/** The names of `from` bound as `names` says, in one statement. */
function binding(from: string, names: [string, string][]): string {
  const whole = names.find(([name]) => name === '*');
  if (whole) return `const ${whole[1]} = ${from};`;
  const pairs = names.map(([name, local]) => (name === local ? name : `${name}: ${local}`));
  return pairs.length > 0 ? `const { ${pairs.join(', ')} } = ${from};` : '';
}

/**
 * The files each module needs evaluated first, depth first, as a browser orders them: checks.ts's
 * (if any) and checks.ts itself, then main.ts's and main.ts. Null on an import cycle, or where a
 * file cannot take the quick path. Files nobody imports are left out, as esbuild leaves them.
 */
function evaluationOrder(files: SourceFiles): { order: QuickModule[]; announceAfter: number } | null {
  const order: QuickModule[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (file: string): boolean => {
    const seen = state.get(file);
    if (seen) return seen === 'done';
    state.set(file, 'visiting');
    const module = quickModule(files, file);
    if (!module) return false;
    for (const { from } of module.imports) {
      if (from !== RUNTIME_MODULE && from !== CHECK_MODULE && !visit(from)) return false;
    }
    state.set(file, 'done');
    order.push(module);
    return true;
  };
  const checked = Object.hasOwn(files, CHECKS_FILE);
  if (checked && !visit(CHECKS_FILE)) return null;
  const announceAfter = checked ? order.length : -1;
  return visit('main.ts') ? { order, announceAfter } : null;
}

/** Whether every name imported from another file is one it exports, and one it never assigns again. */
function importsResolve(order: QuickModule[]): boolean {
  const byFile = new Map(order.map((module) => [module.file, module]));
  return order.every(({ imports }) =>
    imports.every(({ from, names }) => {
      const target = byFile.get(from);
      if (!target) return true; // the runtime or the checks' module: their names were checked
      return names.every(
        ([name]) => name === '*' || (target.exports.some(([e]) => e === name) && !target.reassigned.has(name)),
      );
    }),
  );
}

/**
 * The statement that makes a module's namespace: getters, so a check reads each export as it is now,
 * in the order of their names, as a browser's namespace object and esbuild's list them.
 */
function namespace(module: QuickModule): string {
  const sorted = [...module.exports].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const getters = sorted.map(([name, local]) => `${JSON.stringify(name)}: () => ${local}`);
  return `return __quickNamespace({ ${getters.join(', ')} });`;
}

/** A namespace as esbuild makes one: an object of enumerable getters. */
const NAMESPACE =
  'const __quickNamespace = (getters) => { const ns = {}; for (const name of Object.keys(getters)) Object.defineProperty(ns, name, { get: getters[name], enumerable: true }); return ns; };';

/** A lone main.ts: the runtime's names on the first line, the code on the lines it was written on. */
function single(module: QuickModule): string {
  const runtime = module.imports.flatMap(({ names }) => names);
  return `${binding('self.__asyncLab.lab', runtime)}\n${module.code}\n${inlineMap(mapOf(module, 1))}\n`;
}

/** Several files: each in an async function of its own, evaluated in order, checks run at the end. */
function linked(order: QuickModule[], announceAfter: number, checked: boolean): string {
  const out: string[] = [NAMESPACE];
  if (checked)
    out.push(`const __quickCheck = (() => {${CHECK_FUNCTIONS}\nreturn { ${CHECK_EXPORTS.join(', ')} }; })();`);
  const lineCount = (): number => out.reduce((n, text) => n + text.split('\n').length, 0);
  const names = new Map<string, string>([
    [RUNTIME_MODULE, 'self.__asyncLab.lab'],
    [CHECK_MODULE, '__quickCheck'],
  ]);
  const sections: { offset: { line: number; column: number }; map: SourceMap }[] = [];
  order.forEach((module, index) => {
    const name = `__quickModule${index}`;
    const bindings = module.imports.map(({ from, names: bound }) => binding(names.get(from) ?? '', bound));
    out.push(`const ${name} = await (async () => {${bindings.filter(Boolean).join(' ')}`);
    sections.push({ offset: { line: lineCount(), column: 0 }, map: mapOf(module) });
    out.push(module.code, `${namespace(module)} })();`);
    names.set(module.file, name);
    if (index + 1 === announceAfter) out.push(ANNOUNCE);
  });
  if (checked) out.push(`await self.__asyncLab.checks.run(${names.get('main.ts') ?? ''});`);
  out.push(inlineMap({ version: 3, file: 'bundle.js', sections }));
  return `${out.join('\n')}\n`;
}

/**
 * The bundle of `files` by the quick path, or null when esbuild must build them: a script of the
 * shape esbuild's has, with an inline source map to the files as written.
 */
export function quickBundle(files: SourceFiles, now: () => number = () => performance.now()): BundleResult | null {
  const started = now();
  if (!takesQuickPath(files)) return null;
  if (Object.values(files).reduce((n, source) => n + source.length, 0) > MAX_SOURCE) return null;
  const evaluation = evaluationOrder(files);
  if (!evaluation || !importsResolve(evaluation.order)) return null;
  const { order, announceAfter } = evaluation;
  const checked = Object.hasOwn(files, CHECKS_FILE);
  const [only] = order;
  const code = order.length === 1 && only && !checked ? single(only) : linked(order, announceAfter, checked);
  return { ok: true, code, buildMs: now() - started };
}
