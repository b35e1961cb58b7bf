import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PYODIDE_FILES, preparePyodideAssets, STDLIB_LEFT_OUT } from './pyodide-assets.mjs';

const PACKAGE_DIR = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));

describe('the stdlib the site ships', () => {
  it('leaves out only what nothing kept imports when it loads', { timeout: 120_000 }, async () => {
    const dir = await preparePyodideAssets();
    const { loadPyodide } = (await import(pathToFileURL(join(PACKAGE_DIR, 'pyodide.mjs')).href)) as {
      loadPyodide: (options: object) => Promise<{
        runPython: (code: string) => unknown;
        globals: { set(k: string, v: unknown): void };
        toPy(v: unknown): unknown;
      }>;
    };
    const lock = JSON.parse(await readFile(join(PACKAGE_DIR, 'pyodide-lock.json'), 'utf8')) as { info: unknown };
    const pyodide = await loadPyodide({
      lockFileContents: { info: lock.info, packages: {} },
      stdLibURL: join(dir, PYODIDE_FILES.stdlib),
      stdout: () => {},
      stderr: () => {},
    });
    pyodide.globals.set('left_out', pyodide.toPy(STDLIB_LEFT_OUT));
    // Imports every module of the shipped zip; a failure is only a defect when the missing module is
    // one we left out (others, such as a module needing a C extension Pyodide lacks, fail anyway).
    const result = pyodide.runPython(`
import importlib, pkgutil, sys, zipfile, json
zip_path = next(p for p in sys.path if p.endswith('.zip'))
names = sorted({n[:-4].replace('/__init__', '').replace('/', '.') for n in zipfile.ZipFile(zip_path).namelist()
                if n.endswith('.pyc') and 'test' not in n.split('/')[0] and '__main__' not in n})
gone = tuple(p.removesuffix('.py').removesuffix('/').replace('/', '.') for p in left_out)
broken, imported = [], 0
for name in names:
    try:
        importlib.import_module(name)
        imported += 1
    except ModuleNotFoundError as e:
        if e.name and e.name.startswith(gone):
            broken.append(f"{name} needs {e.name}")
    except BaseException:
        pass
json.dumps({"imported": imported, "broken": broken, "still_there": [g for g in gone if g in sys.modules and g != '_pyrepl']})
`) as string;
    const { imported, broken, still_there } = JSON.parse(result) as {
      imported: number;
      broken: string[];
      still_there: string[];
    };
    expect(broken).toEqual([]);
    expect(still_there).toEqual([]);
    // The course's own needs, among them: asyncio, threads, help() and doctest.
    expect(imported).toBeGreaterThan(300);
  });
});
