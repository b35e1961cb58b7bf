import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor } from '@jridgewell/trace-mapping';
import * as esbuild from 'esbuild-wasm';
import { describe, expect, it } from 'vitest';
import { readInlineMap } from '../runner/map-stack';
import { bundleFiles } from './bundle';
import { quickBundle } from './quick-bundle';
import { printed } from './run-bundle.test-helper';

// The quick path's linking of several files (quick-bundle.ts): an exercise's checks beside main.ts,
// a learner's helpers. quick-bundle.test.ts holds the lone main.ts and what goes to esbuild.

/** Programs of several files, as a learner's playground or an exercise has them. */
const SEVERAL_FILES: Record<string, Record<string, string>> = {
  'a helper file': {
    'main.ts': `import { double } from './helpers';\nimport { sleep } from 'async-lab';\nawait sleep(5);\nconsole.log(double(2));`,
    'helpers.ts': `export function double(n: number): number {\n  return n * 2;\n}\nconsole.log('helpers evaluated');`,
  },
  'a namespace of a helper, a renamed export, an export list': {
    'main.ts': `import * as h from './helpers';\nimport { twice as t } from './helpers.ts';\nconsole.log(Object.keys(h), h.twice(3), t(4), h.k);`,
    'helpers.ts': `const double = (n: number) => n * 2;\nconst k = 'k';\nexport { double as twice, k };`,
  },
  'a helper imported twice is evaluated once, dependencies first': {
    'main.ts': `import './a';\nimport { n } from './b';\nconsole.log('main', n);`,
    'a.ts': `import { n } from './b';\nconsole.log('a', n);`,
    'b.ts': `console.log('b');\nexport const n = 1;`,
  },
  'top-level await in a helper holds up its importer': {
    'main.ts': `import { v } from './h';\nconsole.log(v);`,
    'h.ts': `import { sleep } from 'async-lab';\nawait sleep(10);\nexport const v = 'after';\nconsole.log('h done');`,
  },
  'an error thrown in a helper names its file and line': {
    'main.ts': `import './h';\nconsole.log('never');`,
    'h.ts': `\n\nthrow new Error('in h');`,
  },
  'a helper that is imported by nobody': { 'main.ts': `console.log(1);`, 'unused.ts': `console.log('unused');` },
  'exports of main.ts in a plain run': {
    'main.ts': `export const a = 1;\nexport function f() {\n  return a;\n}\nconsole.log(f());`,
  },
  'type exports beside values': {
    'main.ts': `import { type Shape, area } from './shapes';\nconst s: Shape = { w: 2, h: 3 };\nconsole.log(area(s));`,
    'shapes.ts': `export interface Shape { w: number; h: number }\nexport type Size = number;\nexport const area = (s: Shape): number => s.w * s.h;`,
  },
  'each file has its own scope': {
    'main.ts': `import { get } from './h';\nconst x = 'main';\nconsole.log(x, get());`,
    'h.ts': `const x = 'h';\nexport const get = () => x;`,
  },
  'checks see the exports as they are now': {
    'main.ts': `export let n = 1;\nexport function bump() {\n  n++;\n}\nconsole.log('main ran');`,
    'checks.ts': `import { assertEqual, check } from 'async-lab/check';\ncheck('bump adds one', (ctx) => {\n  (ctx.exports['bump'] as () => void)();\n  assertEqual(ctx.exports['n'], 2, 'n');\n});\ncheck('fails with a message', () => {\n  assertEqual([1], [2], 'lists');\n});`,
  },
  'checks that wait, and a crash in main.ts after they registered': {
    'main.ts': `import { sleep } from 'async-lab';\nawait sleep(20);\nthrow new Error('main broke');`,
    'checks.ts': `import { check } from 'async-lab/check';\nimport { sleep } from 'async-lab';\ncheck('never runs', async () => {\n  await sleep(1);\n});`,
  },
};

/**
 * Where esbuild's bundle is not what modules do: it puts every file in one scope, so a top-level
 * `let` read before its line is `undefined` instead of a ReferenceError.
 */
const SEVERAL_FILES_DIFFER: Record<string, Record<string, string>> = {
  'an export read before its declaration': {
    'main.ts': `try {\n  console.log(later);\n} catch (e) {\n  console.log((e as Error).name);\n}\nexport let later = 1;`,
    'checks.ts': `import { check } from 'async-lab/check';\ncheck('runs', () => {});`,
  },
};

/** Each exercise's checks beside each of its programs: starter, solution, right and wrong ones. */
function exercisePrograms(): [string, Record<string, string>][] {
  const out: [string, Record<string, string>][] = [];
  for (const slug of readdirSync('content/exercises/code')) {
    const dir = join('content/exercises/code', slug);
    if (!existsSync(join(dir, 'checks.ts'))) continue;
    const checks = readFileSync(join(dir, 'checks.ts'), 'utf8');
    const programs = ['starter.ts', 'solution.ts'].map((file) => join(dir, file));
    for (const kind of ['right', 'wrong']) {
      if (!existsSync(join(dir, kind))) continue;
      for (const file of readdirSync(join(dir, kind))) if (file.endsWith('.ts')) programs.push(join(dir, kind, file));
    }
    for (const path of programs) out.push([path, { 'main.ts': readFileSync(path, 'utf8'), 'checks.ts': checks }]);
  }
  return out;
}

describe('quickBundle, several files', () => {
  it('runs several files as esbuild’s bundle does, each exercise’s checks included, and keeps modules apart where esbuild does not', async () => {
    const differences: string[] = [];
    const cases = [...Object.entries(SEVERAL_FILES), ...exercisePrograms()];
    const declined: string[] = [];
    for (const [name, files] of cases) {
      const fast = quickBundle(files);
      if (!fast?.ok) {
        declined.push(name);
        continue;
      }
      const slow = await bundleFiles(esbuild, files, () => 0);
      if (!slow.ok) {
        differences.push(`${name}: esbuild refused it`);
        continue;
      }
      const [want, got] = [await printed(slow.code), await printed(fast.code)];
      if (JSON.stringify(want) !== JSON.stringify(got))
        differences.push(`${name}:\n  esbuild: ${JSON.stringify(want)}\n  quick:   ${JSON.stringify(got)}`);
    }
    expect(differences).toEqual([]);
    // Every starter and solution takes the quick path (a right answer written with parameter
    // properties beside public fields goes to esbuild: quick-module.ts says why).
    expect(declined.filter((name) => !/\/(right|wrong)\//.test(name))).toEqual([]);
    expect(declined.length).toBeLessThan(5);
    // Not vacuous: the checks ran and judged (the starters fail some, the solutions pass all).
    expect(cases.length).toBeGreaterThan(80);
    const [, files] = exercisePrograms().find(([path]) => path.endsWith('semaphore/solution.ts')) ?? [];
    const verdicts = await printed(
      quickBundle(files ?? {})?.ok ? (quickBundle(files ?? {}) as { code: string }).code : '',
    );
    expect(verdicts.filter((line) => line.startsWith('passed: ')).length).toBeGreaterThan(1);

    for (const [name, files] of Object.entries(SEVERAL_FILES_DIFFER)) {
      const fast = quickBundle(files);
      const slow = await bundleFiles(esbuild, files, () => 0);
      if (!fast?.ok || !slow.ok) throw new Error(`${name} did not build`);
      expect(await printed(slow.code), name).toContain('log: undefined');
      expect(await printed(fast.code), name).toContain('log: ReferenceError');
    }
  }, 240_000);

  it('maps each file’s lines to that file, and runs checks.ts before main.ts', () => {
    const result = quickBundle({
      'main.ts': `import { double } from './helpers';\n\nexport const four = double(2);`,
      'helpers.ts': `// helpers\nexport function double(n: number): number {\n  throw new Error('x');\n}`,
      'checks.ts': `import { check } from 'async-lab/check';\ncheck('c', () => {});`,
    });
    if (!result?.ok) throw new Error('the quick path refused it');
    const lines = result.code.split('\n');
    const map = readInlineMap(result.code);
    if (!map) throw new Error('no inline map');
    const at = (text: string): number => lines.findIndex((line) => line.includes(text)) + 1;
    expect(originalPositionFor(map, { line: at(`throw new Error('x')`), column: 4 })).toMatchObject({
      source: 'helpers.ts',
      line: 3,
    });
    expect(originalPositionFor(map, { line: at('double(2)'), column: 20 })).toMatchObject({
      source: 'main.ts',
      line: 3,
    });
    expect(at(`check('c'`)).toBeLessThan(at('announce()'));
    expect(at('announce()')).toBeLessThan(at(`throw new Error('x')`));
    expect(at(`throw new Error('x')`)).toBeLessThan(at('double(2)'));
    expect(lines.at(-3)).toMatch(/^await self\.__asyncLab\.checks\.run\(__quickModule\d\);$/);
  });
});
