import * as esbuild from 'esbuild-wasm';
import { describe, expect, it } from 'vitest';
import { bundleFiles, formatDiagnostic } from './bundle';
import { resolveImport } from './virtual-fs';

// esbuild-wasm's Node build runs the same wasm compiler the browser worker uses.
const bundle = (files: Record<string, string>) => bundleFiles(esbuild, files, () => performance.now());

describe('bundleFiles', () => {
  it('bundles main.ts with its own files and the runtime into one script without import/export', async () => {
    const result = await bundle({
      'main.ts': `import { sleep } from 'async-lab';\nimport { twice } from './helpers';\nawait sleep(1);\nconsole.log(twice(21));`,
      'helpers.ts': `export const twice = (n: number): number => n * 2;`,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code).toContain('self.__asyncLab.lab');
    expect(result.code).toContain('await sleep(1)');
    expect(result.code).not.toMatch(/^\s*(import|export)\s/m);
    expect(result.code).toContain('//# sourceMappingURL=data:application/json;base64,');
  }, 20_000);

  it('reports a syntax error with main.ts:line:col', async () => {
    const result = await bundle({ 'main.ts': `const a = 1;\nconst b = ;\n` });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map(formatDiagnostic)[0]).toBe('main.ts:2:11: Unexpected ";"');
    expect(result.diagnostics[0]?.kind).toBe('syntax');
  });

  it('names an unknown import and lists what is available', async () => {
    const result = await bundle({ 'main.ts': `import _ from 'lodash';\nconsole.log(_);\n`, 'helpers.ts': '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]).toMatchObject({ file: 'main.ts', line: 1, kind: 'import' });
    expect(result.diagnostics[0]?.message).toBe(
      'Cannot import "lodash": only "async-lab", "./helpers" can be imported here (there is no npm in the sandbox).',
    );
  });
});

describe('check mode', () => {
  it('registers checks, announces them, runs main.ts, then the checks — in that order', async () => {
    const result = await bundle({
      'main.ts': `export const answer = 42;\nconsole.log('learner');`,
      'checks.ts': `import { check, assertEqual } from 'async-lab/check';\ncheck('answer', ({ exports }) => assertEqual(exports.answer, 42));`,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const order = ['check("answer"', '.checks.announce()', 'console.log("learner")', '.checks.run('].map((s) =>
      result.code.indexOf(s),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('refuses a check file that imports main.ts, which would run it before the checks register', async () => {
    const result = await bundle({
      'main.ts': `export const x = 1;`,
      'checks.ts': `import { x } from './main';\nconsole.log(x);`,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]?.message).toContain('use the exports passed to each check');
  });
});

describe('resolveImport', () => {
  it('finds files with or without the .ts extension', () => {
    const files = { 'main.ts': '', 'util.ts': '' };
    expect(resolveImport('./util', files)).toEqual({ path: 'util.ts' });
    expect(resolveImport('./util.ts', files)).toEqual({ path: 'util.ts' });
    expect(resolveImport('../util', files)).toHaveProperty('error');
  });
});

describe('every file is a strict ES module, as a browser runs main.ts', () => {
  it('reports duplicate parameter names as a syntax error at their line', async () => {
    const result = await bundle({ 'main.ts': `console.log(1);\nfunction g(a, a) { return a; }\n` });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map(formatDiagnostic)[0]).toBe(
      'main.ts:2:15: "a" cannot be bound multiple times in the same parameter list',
    );
  });

  it('rejects what only sloppy scripts allow (legacy octal, with) in any file', async () => {
    const octal = await bundle({ 'main.ts': `import './n';`, 'n.ts': `console.log(1);\nconsole.log(010);` });
    expect(octal.ok).toBe(false);
    if (!octal.ok) expect(octal.diagnostics[0]).toMatchObject({ file: 'n.ts', line: 2 });
    const withStatement = await bundle({ 'main.ts': `with ({ a: 1 }) console.log(a);` });
    expect(withStatement.ok).toBe(false);
  });

  it('reports await as a name, even in a plain nested function, at its line in its file', async () => {
    const param = await bundle({
      'main.ts': `console.log(1);\nfunction h(await) { return await; }\nconsole.log(h(2));`,
    });
    expect(param.ok).toBe(false);
    if (!param.ok) {
      expect(param.diagnostics.map(formatDiagnostic)[0]).toBe(
        "main.ts:2:12: Cannot use keyword 'await' outside an async function",
      );
      expect(param.diagnostics[0]).toMatchObject({ endColumn: 17, lineText: 'function h(await) { return await; }' });
    }
    const variable = await bundle({
      'main.ts': `import { f } from './n';\nconsole.log(f());`,
      'n.ts': `export function f() {\n  let await = 1;\n  return await;\n}`,
    });
    expect(variable.ok).toBe(false);
    if (!variable.ok) expect(variable.diagnostics[0]).toMatchObject({ file: 'n.ts', line: 2 });
  });

  it('accepts modern module code the parser check must not flag', async () => {
    const result = await bundle({
      'main.ts': [
        `const re = /(?<year>\\d{4})-(?<m>\\d{2})/v;`,
        `class A { static #n = 1; static { A.#n++; } get n() { return A.#n; } }`,
        `async function* gen() { yield await Promise.resolve(1); }`,
        `for await (const v of gen()) console.log(v, new A().n, re.test('2024-01'));`,
        `const o = { await: 1, yield: 2 }; console.log(o.await + o.yield, 2n ** 3n, [1, 2].at(-1));`,
        `label: for (const x of [1]) { if (x) break label; }`,
        `await 0;`,
      ].join('\n'),
    });
    expect(result.ok, result.ok ? '' : result.diagnostics.map(formatDiagnostic).join('\n')).toBe(true);
  });

  it('makes top-level this undefined, not a CommonJS exports object', async () => {
    const result = await bundle({ 'main.ts': `console.log(this);` });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code).not.toContain('__commonJS');
    expect(result.code).toContain('console.log(void 0)');
  });
});
