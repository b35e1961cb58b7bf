import type { PyodideAPI } from 'pyodide';
import { info as lockInfo } from 'pyodide/pyodide-lock.json';
import type { PythonBoot } from '../../schemas/run-protocol';
import type { ScriptScope } from '../runtime/spare';

/** Where Pyodide believes its files live; its few fetches of it are answered from posted bytes. */
const BASE = 'https://pyodide.invalid/';
const STDLIB_URL = `${BASE}pyodide-stdlib.zip`;

/** What booting needs of the worker scope. */
export interface BootScope extends ScriptScope {
  fetch: typeof fetch;
  importScripts(...urls: string[]): void;
}

interface LoaderGlobals {
  loadPyodide?: (config: Record<string, unknown>) => Promise<PyodideAPI>;
  _createPyodideModule?: unknown;
}

/** Evaluates a script posted as a Blob, synchronously, as a blob: URL (the CSP allows script-src blob:). */
function loadBlobScript(scope: ScriptScope, script: Blob): void {
  const url = scope.URL.createObjectURL(script);
  try {
    scope.importScripts(url);
  } finally {
    scope.URL.revokeObjectURL(url);
  }
}

/**
 * Boots Pyodide in this worker from what the frame posted: the loader and the interpreter's glue
 * as blob: scripts, the wasm as an already compiled module (instantiating takes ~20 ms, compiling
 * ~100 ms), the stdlib as bytes (`stdlib`, read from the posted Blob; the worker starts reading it
 * before the wasm compiles). No lock file (an empty package index with Pyodide's own ABI info), no
 * micropip, no request to any server: only the placeholder fetches below, answered here.
 */
export async function bootPyodide(
  scope: BootScope,
  boot: PythonBoot,
  module: WebAssembly.Module,
  stdlib: Promise<ArrayBuffer>,
): Promise<PyodideAPI> {
  const globals = scope as unknown as LoaderGlobals;
  const importScripts = scope.importScripts;
  // The loader refuses "classic workers", which it detects by importScripts of a data: URL working.
  // Where the page's policy allows data: scripts (none of ours does) that probe would succeed.
  scope.importScripts = (...urls: string[]) => {
    if (urls.some((url) => url.startsWith('data:'))) throw new Error('no data: scripts');
    importScripts.apply(scope, urls);
  };
  const fetchOriginal = scope.fetch;
  const instantiateStreaming = WebAssembly.instantiateStreaming;
  try {
    loadBlobScript(scope, boot.loader);
    loadBlobScript(scope, boot.asm);
    const loadPyodide = globals.loadPyodide;
    if (!loadPyodide || !globals._createPyodideModule) throw new Error('The Pyodide loader did not load.');
    scope.fetch = (input) => {
      const url = input instanceof Request ? input.url : String(input);
      // The loader only reads `ok` and `arrayBuffer()`. The bytes, read ahead while the wasm
      // compiled, are handed over as they are: read through a Response during the boot, the 9.9 MB
      // took 600-900 ms of it in Chromium 156 (docs/benchmarks.md, 2026-12-02).
      if (url === STDLIB_URL) return Promise.resolve({ ok: true, status: 200, arrayBuffer: () => stdlib } as Response);
      // The wasm: its body is never read, instantiateStreaming below uses the compiled module.
      if (url.startsWith(BASE)) return Promise.resolve(new Response(new Uint8Array(0)));
      return Promise.reject(new Error(`Pyodide asked for ${url} while booting`));
    };
    WebAssembly.instantiateStreaming = async (_source, imports) => ({
      module,
      instance: await WebAssembly.instantiate(module, imports),
    });
    return await loadPyodide({
      indexURL: BASE,
      stdLibURL: STDLIB_URL,
      lockFileContents: { info: lockInfo, packages: {} },
      createPyodideModule: globals._createPyodideModule,
    });
  } finally {
    scope.importScripts = importScripts;
    scope.fetch = fetchOriginal;
    WebAssembly.instantiateStreaming = instantiateStreaming;
  }
}
