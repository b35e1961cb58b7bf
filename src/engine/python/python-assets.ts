// The URLs of the Python runtime and of Pyodide's files once Vite has built the site (hashed
// names under _astro/, all starting with "pyodide-" or "python-worker", which the service worker
// caches on first use rather than on a first visit). The files come from scripts/pyodide-assets.mjs.
import asm from 'pyodide-build/pyodide-asm.js?url';
import wasm from 'pyodide-build/pyodide-asm.wasm?url';
import loader from 'pyodide-build/pyodide-loader.js?url';
import stdlib from 'pyodide-build/pyodide-stdlib.zip?url';
import runtime from '../runtime-python/python-worker-main.ts?worker&url';
import type { PythonURLs } from './python-loader';

export const pythonURLs: PythonURLs = { runtime, loader, asm, wasm, stdlib };
