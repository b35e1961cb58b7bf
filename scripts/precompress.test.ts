import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress.mjs';

const dirs: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('precompressDir', () => {
  it('reuses cached results for unchanged bytes, and compresses changed files again', async () => {
    const cache = temp();
    const site = temp();
    const text = 'console.log("hello");\n'.repeat(200);
    writeFileSync(join(site, 'a.js'), text);
    writeFileSync(join(site, 'b.css'), 'body { color: red; }\n'.repeat(100));
    writeFileSync(join(site, 'tiny.js'), 'x');
    const first = await precompressDir(site, cache);
    expect(first).toMatchObject({ files: 2, cached: 0 });
    const br = readFileSync(join(site, 'a.js.br'));

    // The next build: the same a.js, a changed b.css, twins gone as after a clean build.
    const next = temp();
    writeFileSync(join(next, 'a.js'), text);
    writeFileSync(join(next, 'b.css'), 'body { color: blue; }\n'.repeat(100));
    const second = await precompressDir(next, cache);
    expect(second).toMatchObject({ files: 2, cached: 1 });
    expect(readFileSync(join(next, 'a.js.br'))).toEqual(br);
    expect(statSync(join(next, 'b.css.gz')).size).toBeGreaterThan(0);
    expect(readdirSync(next).sort()).toEqual(['a.js', 'a.js.br', 'a.js.gz', 'b.css', 'b.css.br', 'b.css.gz']);
  });
});
