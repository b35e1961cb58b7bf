// @ts-check
/*
 * Prepares the Pyodide files the site serves, once per Pyodide version, into
 * .cache/pyodide-<version>/ (git-ignored), where src/engine/python/python-assets.ts imports them with
 * Vite's ?url so they land in _astro/ with content hashes:
 *
 *   pyodide-loader.js   the UMD loader (loadPyodide), unchanged
 *   pyodide-asm.js      pyodide.asm.mjs rewritten as a classic script: the sandbox's workers are
 *                       classic Blob workers (Chromium refuses module blob workers in a sandboxed
 *                       frame), and import() of a blob: URL would need the module to be fetchable
 *   pyodide-asm.wasm    the interpreter, unchanged
 *   pyodide-stdlib.zip  the standard library compiled to .pyc by this very Pyodide under Node,
 *                       stored uncompressed: booting from .py spends ~1.5 s compiling the stdlib
 *                       in the browser (docs/benchmarks.md); the server's brotli does better on a
 *                       stored zip than zip's own deflate per file
 *
 * No lock file is shipped and no package index is fetched (the worker boots with an empty one), so
 * nothing can reach for a CDN. The names all start with "pyodide-": the service worker leaves such
 * files out of its first-visit precache and caches them when a Python run first needs them.
 */
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const PACKAGE_DIR = dirname(require.resolve('pyodide/package.json'));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The files of the prepared directory, by role. */
export const PYODIDE_FILES = {
  loader: 'pyodide-loader.js',
  asm: 'pyodide-asm.js',
  wasm: 'pyodide-asm.wasm',
  stdlib: 'pyodide-stdlib.zip',
};
/** Bumped when this script's output changes for the same Pyodide version. */
const RECIPE = 7;

/** @returns {Promise<string>} the installed Pyodide version */
export async function pyodideVersion() {
  return JSON.parse(await readFile(join(PACKAGE_DIR, 'package.json'), 'utf8')).version;
}

/**
 * pyodide.asm.mjs as a classic script defining `self._createPyodideModule`. Only two module-only
 * constructs occur in it, and both are checked, so a Pyodide upgrade that adds another fails here
 * rather than in a reader's browser.
 * @param {string} source
 */
export function classicAsm(source) {
  const placeholder = JSON.stringify('https://pyodide.invalid/pyodide.asm.js');
  const exported = 'export default _createPyodideModule';
  if (!source.includes(exported)) throw new Error('pyodide.asm.mjs: its default export moved; update classicAsm');
  const out = source
    .replaceAll('import.meta.url', placeholder)
    .replace(exported, 'self._createPyodideModule=_createPyodideModule');
  if (/\bimport\.meta\b|^\s*export\s/m.test(out)) throw new Error('pyodide.asm.mjs: module syntax left after rewrite');
  return out;
}

/**
 * Stdlib modules left out: each needs a terminal, a socket or a desktop browser, none of which a
 * sandboxed worker has, so importing them could only fail later, and nothing kept imports them at
 * load (scripts/pyodide-assets.test.ts imports the rest). This takes 0.27 MB (brotli) off the bytes
 * of a first Python run, whose budget is 6.5 MB (docs/benchmarks.md).
 */
export const STDLIB_LEFT_OUT = [
  '_pyrepl/', // the interactive REPL's terminal handling…
  'webbrowser.py', // opens a desktop browser
  'antigravity.py', // webbrowser's joke
  'ftplib.py', // sockets, clients and servers
  'imaplib.py',
  'poplib.py',
  'smtplib.py',
  'http/server.py',
  'wsgiref/',
  'xmlrpc/',
];
/** …except the parts of it that pydoc (behind help()) and pdb (which doctest imports) load. */
const STDLIB_KEPT = [
  '_pyrepl/__init__.py',
  '_pyrepl/pager.py',
  '_pyrepl/utils.py',
  '_pyrepl/types.py',
  '_pyrepl/trace.py',
];

/**
 * Compiles every .py of the stdlib zip to a .pyc in a new, stored zip (less STDLIB_LEFT_OUT), using Pyodide's own CPython
 * (the magic number must match the interpreter that reads it). Runs in Node with Pyodide's npm entry.
 * @param {string} stdlibZip path of python_stdlib.zip
 * @param {string} out path to write
 */
async function compileStdlib(stdlibZip, out) {
  const { loadPyodide } = await import(pathToFileURL(join(PACKAGE_DIR, 'pyodide.mjs')).href);
  const lock = JSON.parse(await readFile(join(PACKAGE_DIR, 'pyodide-lock.json'), 'utf8'));
  const pyodide = await loadPyodide({ lockFileContents: { info: lock.info, packages: {} }, stdout: () => {} });
  pyodide.FS.writeFile('/tmp/in.zip', await readFile(stdlibZip));
  pyodide.globals.set('left_out', pyodide.toPy(STDLIB_LEFT_OUT));
  pyodide.globals.set('kept', pyodide.toPy(STDLIB_KEPT));
  pyodide.runPython(`
import importlib._bootstrap_external as bx, zipfile
with zipfile.ZipFile('/tmp/in.zip') as src, zipfile.ZipFile('/tmp/out.zip', 'w', zipfile.ZIP_STORED) as dst:
    for info in src.infolist():
        if info.filename.startswith(tuple(left_out)) and info.filename not in kept:
            continue
        data = src.read(info)
        if info.filename.endswith('.py'):
            # Sourceless: zipimport loads a lone .pyc without checking any timestamp.
            code = compile(data, '/lib/python3.14/' + info.filename, 'exec', dont_inherit=True)
            entry = zipfile.ZipInfo(info.filename + 'c', info.date_time)
            dst.writestr(entry, bx._code_to_timestamp_pyc(code, 0, len(data)))
        else:
            entry = zipfile.ZipInfo(info.filename, info.date_time)
            entry.external_attr = info.external_attr
            dst.writestr(entry, data)
`);
  await writeFile(out, pyodide.FS.readFile('/tmp/out.zip'));
}

/**
 * The directory with PYODIDE_FILES for the installed version, made on first use and reused after
 * (a stamp file names the version and recipe, so an upgrade rebuilds it).
 * @param {{ info?: (message: string) => void }} [options]
 * @returns {Promise<string>}
 */
export async function preparePyodideAssets(options = {}) {
  const version = await pyodideVersion();
  const dir = join(ROOT, '.cache', `pyodide-${version}`);
  const stampPath = join(dir, 'stamp.json');
  const stamp = JSON.stringify({ version, recipe: RECIPE });
  const existing = await readFile(stampPath, 'utf8').catch(() => '');
  if (existing === stamp) return dir;

  const started = Date.now();
  const work = `${dir}.tmp-${process.pid}`;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await copyFile(join(PACKAGE_DIR, 'pyodide.js'), join(work, PYODIDE_FILES.loader));
  await copyFile(join(PACKAGE_DIR, 'pyodide.asm.wasm'), join(work, PYODIDE_FILES.wasm));
  await writeFile(
    join(work, PYODIDE_FILES.asm),
    classicAsm(await readFile(join(PACKAGE_DIR, 'pyodide.asm.mjs'), 'utf8')),
  );
  await compileStdlib(join(PACKAGE_DIR, 'python_stdlib.zip'), join(work, PYODIDE_FILES.stdlib));
  await writeFile(join(work, 'stamp.json'), stamp);
  await rm(dir, { recursive: true, force: true });
  await rename(work, dir);
  const size = (await stat(join(dir, PYODIDE_FILES.stdlib))).size;
  options.info?.(
    `Pyodide ${version}: stdlib compiled to .pyc (${(size / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s, cached in .cache/`,
  );
  return dir;
}

/**
 * Prepares the files before Vite starts and lets the engine import them as `pyodide-build/<file>?url`.
 * @returns {import('astro').AstroIntegration}
 */
export function pyodideIntegration() {
  return {
    name: 'async-lab:pyodide',
    hooks: {
      'astro:config:setup': async ({ updateConfig, logger }) => {
        const dir = await preparePyodideAssets({ info: (message) => logger.info(message) });
        updateConfig({ vite: { resolve: { alias: [{ find: /^pyodide-build\//, replacement: `${dir}/` }] } } });
      },
    },
  };
}
