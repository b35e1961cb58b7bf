import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor } from '@jridgewell/trace-mapping';
import * as esbuild from 'esbuild-wasm';
import { describe, expect, it } from 'vitest';
import { PROGRAMS } from '../../../e2e/fixtures/conformance/programs';
import { SNIPPETS } from '../../../e2e/fixtures/event-loop-snippets';
import { translateComments } from '../../course/code-comments';
import { readInlineMap } from '../runner/map-stack';
import { bundleFiles } from './bundle';
import { quickBundle } from './quick-bundle';
import { printed } from './run-bundle.test-helper';

const viaEsbuild = (source: string) => bundleFiles(esbuild, { 'main.ts': source }, () => performance.now());
const quick = (source: string) => quickBundle({ 'main.ts': source });

/** TypeScript whose emit is more than removing types, and JavaScript where modules are particular. */
const TYPESCRIPT: Record<string, string> = {
  enum: `enum Color { Red, Green = 'g', Blue = 4 }\nconsole.log(Color.Red, Color.Green, Color[4], Object.keys(Color));`,
  'const enum': `const enum E { A = 1, B = A * 2 }\nconsole.log(E.A, E.B);`,
  'class fields, declared and defined': `class A { x: number; y = 2; declare z: number; static s = 'S'; #p = 1; get p() { return this.#p; } }\nconsole.log(Object.keys(new A()), A.s, new A().p);`,
  'field initialisers see the constructor': `class B { a = 1; b = this.a + 1; constructor() { console.log(this.b); } }\nnew B();`,
  'abstract and overloads': `abstract class S { abstract area(): number; describe() { return 'area ' + this.area(); } }\nclass Q extends S { area() { return 4; } }\nfunction f(x: number): number;\nfunction f(x: string): string;\nfunction f(x: any) { return x; }\nconsole.log(new Q().describe(), f(1), f('a'));`,
  'generic arrow, satisfies, as, non-null': `const id = <T,>(x: T): T => x;\nconst o = { a: 1 } satisfies Record<string, number>;\nconst n = (o as { a: number })!.a;\nconsole.log(id(n), <number>n + 1);`,
  'type-only imports and unused imports': `import { sleep, type Foo } from 'async-lab';\nimport type { Bar } from 'async-lab';\nimport { toThread } from 'async-lab';\nawait sleep(10);\nconsole.log('slept');`,
  'renamed import': `import { sleep as nap } from 'async-lab';\nconst t = Date.now();\nawait nap(250);\nconsole.log(Date.now() - t);`,
  'a function declared before the import uses it': `async function later() { await sleep(5); return 'ok'; }\nimport { sleep } from 'async-lab';\nconsole.log(await later());`,
  'optional chaining and nullish': `const o: { a?: { b?: number } } = {};\nconsole.log(o.a?.b ?? 'none', o?.a);`,
  'top-level await and for await': `async function* gen() { yield 1; yield 2; }\nfor await (const v of gen()) console.log(v);`,
  'asi after a removed type': `let a: number\n= 1\nconst b = a as number\n;[a].forEach((x) => console.log(x, b))`,
  'labels and generics in calls': `outer: for (const i of [1, 2]) { for (const j of [1, 2]) { if (j === 2) continue outer; console.log(Array.from<number>([i, j])); } }`,
  'this in methods and arrows inside them': `const o = { n: 3, f() { return [1].map(() => this.n); } };\nclass C { v = 1; m = () => this.v; }\nconsole.log(o.f(), new C().m());`,
  'using declarations': `{ using r = { [Symbol.dispose]() { console.log('disposed'); } }; console.log('in'); }\nconsole.log('out');`,
  'a TDZ error is kept': `try { console.log(x); } catch (e) { console.log((e as Error).name); }\nlet x = 1;`,
  'modifiers that are only types': `class C { private readonly a = 1; protected b: readonly number[] = [2]; constructor(c: number) { console.log(this.a, this.b, c); } }\nnew C(3);`,
  'an override': `class A { m() { return 1; } }\nclass B extends A { override m() { return super.m() + 1; } }\nconsole.log(new B().m());`,
  'self used, not declared': `console.log(typeof self, typeof self.__asyncLab);`,
  'parameter properties, private fields beside them': `class Q { readonly #items: number[] = []; #n = 0; static made = 0; constructor(readonly max: number, private name = 'q') { Q.made++; } add(x: number) { this.#items.push(x); return [this.#items.length, this.max, this.name, Object.keys(this)]; } }\nconsole.log(new Q(3).add(1), Q.made);`,
  'a parameter property after a default with a call': `class P { constructor(a = Math.max(1, 2), readonly z = a) {} }\nconsole.log(new P(), Object.keys(new P(5)));`,
  'parameter properties in a derived class': `class A { constructor() { console.log('A sees', Object.keys(this)); } }\nclass B extends A { #x = 1; constructor(public n: number) { console.log('before super'); super(); console.log('after', this.n, this.#x); } }\nnew B(7);`,
  'strings that look like types': `const s = 'a: number'; const t = \`\${s} as string\`; console.log(s, t, /x:\\s*y/.test('x: y'));`,
};

/**
 * Where esbuild's bundle is not what a module does, the quick path must print what a module does:
 * esbuild turns a bundle's top-level `let` into `var`, so it prints `undefined` where Chromium throws.
 */
const ESBUILD_DIFFERS: Record<string, string[]> = {
  'a TDZ error is kept': ['log: ReferenceError'],
  'conformance: module: a top-level let is in its dead zone before its declaration': ['log: ReferenceError'],
};

/** Cases the quick path must leave to esbuild (it returns null). */
const TO_ESBUILD: Record<string, string | Record<string, string>> = {
  namespace: `namespace N { export const a = 1; }\nconsole.log(N.a);`,
  'a parameter property beside a public field': `class P { a = 1; constructor(public z: number) {} }\nconsole.log(Object.keys(new P(2)));`,
  'a parameter property beside a field that reads this': `class P { #a = 'z' in this; constructor(public z: number) {} }`,
  'a parameter property after a default with a call, beside a field': `class P { b = 0; constructor(a = Math.max(1, 2), readonly z = 0) {} }`,
  decorator: `function d(t: unknown) {}\n@d class K {}`,
  accessor: `class S { accessor q = 1; }`,
  'top-level this': `console.log(this);`,
  'this in a computed key': `class K { [String(this)] = 1; }`,
  'top-level arguments': `console.log(typeof arguments);`,
  'import.meta': `console.log(import.meta.url);`,
  'dynamic import': `await import('async-lab');`,
  'another module': `import _ from 'lodash';`,
  'an unknown runtime name': `import { nap } from 'async-lab';`,
  'a namespace import': `import * as lab from 'async-lab';\nawait lab.sleep(1);`,
  'assigning to an import': `import { sleep } from 'async-lab';\nsleep = null;`,
  'destructuring into an import': `import { sleep } from 'async-lab';\n[sleep] = [null];`,
  'a syntax error': `const a = ;`,
  'await as a name in a module': `function h(await) {}`,
  'a declaration named self': `const self = 1;\nconsole.log(self);`,
  'a function named self': `function self() {}\nconsole.log(self);`,
  'an import named self': `import { sleep as self } from 'async-lab';\nawait self(1);`,
  'redeclaring an import': `import { sleep } from 'async-lab';\nconst sleep = 1;`,
  'a default export': `export default 1;`,
  'an export from another file': { 'main.ts': `export { x } from './helpers';`, 'helpers.ts': `export const x = 1;` },
  'an import cycle': {
    'main.ts': `import { b } from './b';\nexport const a = 1;\nconsole.log(b);`,
    'b.ts': `import { a } from './main';\nexport const b = 2;`,
  },
  'two helpers in a cycle': {
    'main.ts': `import { b } from './b';\nconsole.log(b);`,
    'b.ts': `import { c } from './c';\nexport const b = c;`,
    'c.ts': `import { b } from './b';\nexport const c = 1;`,
  },
  'an import by name of a binding its module assigns again': {
    'main.ts': `import { count, bump } from './counter';\nbump();\nconsole.log(count);`,
    'counter.ts': `export let count = 0;\nexport function bump() { count++; }`,
  },
  'a name the other file does not export': {
    'main.ts': `import { y } from './helpers';\nconsole.log(y);`,
    'helpers.ts': `export const x = 1;`,
  },
  'checks that import main.ts': { 'main.ts': `export const a = 1;`, 'checks.ts': `import { a } from './main';` },
  'main.ts importing the checks': { 'main.ts': `import './checks';`, 'checks.ts': `export const a = 1;` },
  'the checks module outside checks.ts': `import { check } from 'async-lab/check';`,
  'an unknown check name': {
    'main.ts': `export const a = 1;`,
    'checks.ts': `import { expect } from 'async-lab/check';`,
  },
  'a name of the bundle’s own': `const __quickModule0 = 1;`,
  'a file that is not TypeScript': { 'main.ts': `console.log(1);`, 'data.json': `{}` },
  'a very long file': `console.log(1);\n`.repeat(4_000),
};

/** Every TypeScript program of the course as its pages show it, in both locales. */
function coursePrograms(): [string, string][] {
  const out: [string, string][] = [];
  const add = (path: string): void => {
    const source = readFileSync(path, 'utf8');
    out.push([path, source]);
    const table = path.replace(/\.ts$/, '.zh-cn.json');
    if (existsSync(table)) {
      const zh = JSON.parse(readFileSync(table, 'utf8')) as Record<string, string>;
      out.push([`${path} (zh-cn)`, translateComments(source, zh, 'typescript')]);
    }
  };
  for (const dir of readdirSync('content/examples')) {
    for (const file of readdirSync(join('content/examples', dir)))
      if (file.endsWith('.ts')) add(join('content/examples', dir, file));
  }
  for (const slug of readdirSync('content/exercises/code')) {
    const dir = join('content/exercises/code', slug);
    for (const file of ['starter.ts', 'solution.ts']) if (existsSync(join(dir, file))) add(join(dir, file));
    for (const kind of ['right', 'wrong']) {
      if (!existsSync(join(dir, kind))) continue;
      for (const file of readdirSync(join(dir, kind))) if (file.endsWith('.ts')) add(join(dir, kind, file));
    }
  }
  return out;
}

const ALL: [string, string][] = [
  ...coursePrograms(),
  ...Object.entries(TYPESCRIPT),
  ...Object.entries(PROGRAMS).map(([name, code]): [string, string] => [`conformance: ${name}`, code]),
  ...Object.entries(SNIPPETS).map(([name, code]): [string, string] => [`event loop: ${name}`, code]),
];

describe('quickBundle', () => {
  it('prints what esbuild’s bundle prints, for every program of the course and each special case', async () => {
    const differences: string[] = [];
    let taken = 0;
    for (const [name, source] of ALL) {
      const fast = quick(source);
      if (!fast) continue;
      taken++;
      const slow = await viaEsbuild(source);
      if (!slow.ok || !fast.ok) {
        differences.push(`${name}: esbuild ${slow.ok ? 'built it' : 'refused it'}, the quick path did not agree`);
        continue;
      }
      const got = await printed(fast.code);
      const want = ESBUILD_DIFFERS[name] ?? (await printed(slow.code));
      if (JSON.stringify(want) !== JSON.stringify(got)) {
        differences.push(`${name}:\n  esbuild: ${JSON.stringify(want)}\n  quick:   ${JSON.stringify(got)}`);
      }
    }
    expect(differences).toEqual([]);
    // Not a vacuous pass: the quick path takes the programs a reader edits (each lesson example and
    // starter; the exercises' solutions export their functions, so they go to esbuild).
    expect(taken).toBeGreaterThan(150);
    for (const name of Object.keys(TYPESCRIPT)) expect(quick(TYPESCRIPT[name] ?? ''), name).not.toBeNull();
  }, 120_000);

  // Exercise starters export what their checks call, so they (and their Checks) go to esbuild.
  it('takes every lesson example, in both locales: an edit of one never waits for esbuild', () => {
    const shown = coursePrograms().filter(([path]) => path.startsWith('content/examples/'));
    expect(shown.length).toBeGreaterThan(60);
    expect(shown.filter(([, source]) => quick(source) === null).map(([path]) => path)).toEqual([]);
  });

  it.each(Object.entries(TO_ESBUILD))('leaves %s to esbuild', (_, input) => {
    expect(quickBundle(typeof input === 'string' ? { 'main.ts': input } : input)).toBeNull();
  });

  it('keeps every line where it was written, and its source map says so, Chinese comments and all', () => {
    const source = `import { sleep } from 'async-lab';\n// 第二行：注释\ntype T = { a: number };\n\nconst v: T = { a: 1 };\nthrow new Error('line 6');`;
    const result = quick(source);
    if (!result?.ok) throw new Error('the quick path refused it');
    const lines = result.code.split('\n');
    // Line 1 takes the runtime's names; main.ts's line N is the bundle's line N + 1.
    expect(lines[0]).toBe('const { sleep } = self.__asyncLab.lab;');
    expect(lines[6]).toBe(`throw new Error('line 6');`);
    expect(lines[1]?.trim()).toBe('');
    const map = readInlineMap(result.code);
    if (!map) throw new Error('no inline map');
    expect(originalPositionFor(map, { line: 7, column: 6 })).toMatchObject({ source: 'main.ts', line: 6, column: 6 });
    expect(originalPositionFor(map, { line: 1, column: 10 }).line).toBeNull();
  });

  it('names a renamed import as the learner did, and leaves out a prelude nobody needs', () => {
    expect(quick(`import { sleep as nap } from 'async-lab';\nawait nap(1);`)).toMatchObject({
      ok: true,
      code: expect.stringMatching(/^const \{ sleep: nap \} = self\.__asyncLab\.lab;\n/),
    });
    expect(quick(`console.log(1);`)).toMatchObject({ ok: true, code: expect.stringMatching(/^\nconsole\.log\(1\);/) });
  });
});
