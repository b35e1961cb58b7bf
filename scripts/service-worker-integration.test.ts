import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precacheEntries, serviceWorkerSource } from './service-worker-integration.mjs';

const TEMPLATE = "// head\nconst MANIFEST = { version: 'dev', files: [] }; // replaced at build time\nrest();\n";
const roots: string[] = [];

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sw-test-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('precacheEntries', () => {
  it('lists pages under their URLs and leaves out sw.js, compressed twins, maps and host files', () => {
    const files = [
      '404.html',
      '_astro/a.js',
      '_astro/a.js.gz',
      '_astro/a.js.br',
      '_astro/a.js.map',
      '_headers',
      'en/index.html',
      'en/lessons/x/index.html',
      'favicon.svg',
      'index.html',
      'sw.js',
    ];
    expect(precacheEntries(files).map((entry) => entry.url)).toEqual([
      '404.html',
      '_astro/a.js',
      'en/',
      'en/lessons/x/',
      'favicon.svg',
      './',
    ]);
  });
});

describe('serviceWorkerSource', () => {
  it('replaces the manifest line, and the version follows the content of the files', () => {
    const files = { 'index.html': '<p>hi</p>', '_astro/app.js': 'run()' };
    const first = serviceWorkerSource(site(files), TEMPLATE);
    expect(first.source).toContain(
      `const MANIFEST = {"version":"${first.manifest.version}","files":["_astro/app.js","./"],"lazy":[]};\nrest();`,
    );
    expect(serviceWorkerSource(site(files), TEMPLATE).manifest.version).toBe(first.manifest.version);
    expect(serviceWorkerSource(site({ ...files, '_astro/app.js': 'run(2)' }), TEMPLATE).manifest.version).not.toBe(
      first.manifest.version,
    );
  });

  it('fails loudly if the template lost its manifest line', () => {
    expect(() => serviceWorkerSource(site({ 'index.html': '' }), 'rest();')).toThrow(/MANIFEST/);
  });
});

describe('Python files', () => {
  it('are left out of the precache and listed to be cached on first use', () => {
    const files = {
      'index.html': '',
      '_astro/app.js': '',
      '_astro/pyodide-asm.X1.wasm': '',
      '_astro/pyodide-stdlib.X2.zip': '',
      '_astro/pyodide-stdlib.X2.zip.br': '',
      '_astro/python-worker-main-X3.js': '',
    };
    const { manifest } = serviceWorkerSource(site(files), TEMPLATE);
    expect(manifest.files).toEqual(['_astro/app.js', './']);
    expect(manifest.lazy).toEqual([
      '_astro/pyodide-asm.X1.wasm',
      '_astro/pyodide-stdlib.X2.zip',
      '_astro/python-worker-main-X3.js',
    ]);
  });
});
