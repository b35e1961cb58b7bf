import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  OFFLINE_BYTES_PLACEHOLDER,
  servedFiles,
  serviceWorkerSource,
  splitShell,
} from './service-worker-integration.mjs';

const TEMPLATE =
  "// head\nconst MANIFEST = { version: 'dev', shell: [], rest: [] }; // replaced at build time\nrest();\n";
const roots: string[] = [];
/** Sizes without compressing: the file's length. */
const rawSize = async (path: string) => readFileSync(path).length;

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

describe('servedFiles', () => {
  it('leaves out sw.js, compressed twins, maps, dotfiles and host files', () => {
    const files = ['404.html', '_astro/a.js', '_astro/a.js.gz', '_astro/a.js.br', '_astro/a.js.map', '_headers'];
    expect(servedFiles([...files, '.build-stamp', 'index.html', 'sw.js'])).toEqual([
      '404.html',
      '_astro/a.js',
      'index.html',
    ]);
  });
});

describe('splitShell', () => {
  it('puts pages and what they load by themselves in the shell, with static imports; the rest waits', () => {
    const files: Record<string, string> = {
      'index.html':
        '<link rel="stylesheet" href="/sub/_astro/page.css"><script type="module" src="/sub/_astro/page.js"></script>',
      'favicon.svg': '<svg/>',
      '_astro/page.css': 'body{}',
      '_astro/page.js': 'import{a as b}from"./shared.js";const e=()=>import("./editor.js");',
      '_astro/shared.js': 'export*from"./deep.js";',
      '_astro/deep.js': 'export const x=1;',
      '_astro/editor.js': 'import"./editor-dep.js";',
      '_astro/editor-dep.js': '',
      '_astro/esbuild.wasm': '',
      'pagefind/pagefind.js': '',
    };
    const { shell, rest } = splitShell(Object.keys(files).sort(), (file) => files[file] ?? '');
    expect(shell).toEqual([
      '_astro/deep.js',
      '_astro/page.css',
      '_astro/page.js',
      '_astro/shared.js',
      'favicon.svg',
      'index.html',
    ]);
    expect(rest).toEqual(['_astro/editor-dep.js', '_astro/editor.js', '_astro/esbuild.wasm', 'pagefind/pagefind.js']);
  });

  it('leaves exercise and assignment pages, and what only they load, to be cached when opened', () => {
    const files: Record<string, string> = {
      'en/lessons/gather/index.html': '<script type="module" src="/_astro/lesson.js"></script>',
      'en/exercises/index.html': '<script type="module" src="/_astro/lesson.js"></script>',
      'en/exercises/gather-order/index.html':
        '<script type="module" src="/_astro/lesson.js"></script><script type="module" src="/_astro/exercise.js"></script>',
      'zh-cn/assign/index.html': '<script type="module" src="/_astro/assign.js"></script>',
      '_astro/lesson.js': '',
      '_astro/exercise.js': '',
      '_astro/assign.js': '',
    };
    const { shell, rest } = splitShell(Object.keys(files).sort(), (file) => files[file] ?? '');
    expect(shell).toEqual(['_astro/lesson.js', 'en/exercises/index.html', 'en/lessons/gather/index.html']);
    expect(rest).toEqual([
      '_astro/assign.js',
      '_astro/exercise.js',
      'en/exercises/gather-order/index.html',
      'zh-cn/assign/index.html',
    ]);
  });
});

describe('serviceWorkerSource', () => {
  it('replaces the manifest line, and the version follows the content of the files', async () => {
    const files = { 'index.html': '<script src="/_astro/app.js"></script>', '_astro/app.js': 'run()' };
    const first = await serviceWorkerSource(site(files), TEMPLATE, rawSize);
    expect(first.source).toContain(
      `const MANIFEST = {"version":"${first.manifest.version}","shell":["_astro/app.js","./"],"rest":[]};\nrest();`,
    );
    expect((await serviceWorkerSource(site(files), TEMPLATE, rawSize)).manifest.version).toBe(first.manifest.version);
    const changed = await serviceWorkerSource(site({ ...files, '_astro/app.js': 'run(2)' }), TEMPLATE, rawSize);
    expect(changed.manifest.version).not.toBe(first.manifest.version);
  });

  it('lists the rest with its sizes and writes their total into the pages', async () => {
    const root = site({
      'en/index.html': `<footer data-bytes="${OFFLINE_BYTES_PLACEHOLDER}"></footer>`,
      '_astro/pyodide-asm.X1.wasm': 'x'.repeat(30),
      '_astro/editor.js': 'y'.repeat(12),
    });
    const { manifest, restBytes } = await serviceWorkerSource(root, TEMPLATE, rawSize);
    expect(manifest.shell).toEqual(['en/']);
    expect(manifest.rest).toEqual([
      ['_astro/editor.js', 12],
      ['_astro/pyodide-asm.X1.wasm', 30],
    ]);
    expect(restBytes).toBe(42);
    expect(readFileSync(join(root, 'en/index.html'), 'utf8')).toBe('<footer data-bytes="42"></footer>');
  });

  it('fails loudly if the template lost its manifest line', async () => {
    await expect(serviceWorkerSource(site({ 'index.html': '' }), 'rest();', rawSize)).rejects.toThrow(/MANIFEST/);
  });
});
