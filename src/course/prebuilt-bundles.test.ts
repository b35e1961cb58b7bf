import * as esbuild from 'esbuild-wasm';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleFiles } from '../engine/bundler/bundle';
import { bundleKey } from '../engine/bundler/bundle-types';
import { type PrebuiltFile, PREBUILT_URL_DIR, prebuiltBundle, prebuiltName } from './prebuilt-bundles';

const files = { 'main.ts': "import { sleep } from 'async-lab';\nawait sleep(10);\nconsole.log('slept');\n" };

describe('prebuilt bundles (build time)', () => {
  it("holds exactly what the page's compiler would make of the files, with the files' key", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'prebuilt-'));
    const url = await prebuiltBundle(files, process.cwd(), cache);
    expect(url).toBe(`${PREBUILT_URL_DIR}${prebuiltName(files)}`);
    const stored = JSON.parse(readFileSync(join(cache, prebuiltName(files)), 'utf8')) as PrebuiltFile;
    const browser = await bundleFiles(esbuild, files, () => 0);
    expect(browser.ok).toBe(true);
    expect(stored).toEqual({ key: bundleKey(files), ok: true, code: browser.ok ? browser.code : '' });
  }, 30_000);

  it('keeps a build error as diagnostics', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'prebuilt-'));
    const broken = { 'main.ts': 'const a = ;\n' };
    await prebuiltBundle(broken, process.cwd(), cache);
    const stored = JSON.parse(readFileSync(join(cache, prebuiltName(broken)), 'utf8')) as PrebuiltFile;
    expect(stored.ok).toBe(false);
    expect(stored.diagnostics).toMatchObject([{ file: 'main.ts', line: 1, message: 'Unexpected ";"' }]);
  }, 30_000);

  it('names a bundle by its files, in any order, and reuses it from the cache', async () => {
    const two = { 'main.ts': "import { x } from './b';\nconsole.log(x);\n", 'b.ts': 'export const x = 1;\n' };
    const reordered = { 'b.ts': two['b.ts'], 'main.ts': two['main.ts'] };
    expect(prebuiltName(reordered)).toBe(prebuiltName(two));
    expect(prebuiltName({ ...two, 'b.ts': 'export const x = 2;\n' })).not.toBe(prebuiltName(two));
    const cache = mkdtempSync(join(tmpdir(), 'prebuilt-'));
    await prebuiltBundle(two, process.cwd(), cache);
    const path = join(cache, prebuiltName(two));
    const written = statSync(path).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await prebuiltBundle(reordered, process.cwd(), cache);
    expect(statSync(path).mtimeMs).toBe(written);
    expect(readdirSync(cache)).toEqual([prebuiltName(two)]);
  }, 30_000);
});
