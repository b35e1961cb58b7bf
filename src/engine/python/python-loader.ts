import type { PythonFiles } from '../../schemas/run-protocol';

/** Where the Python runtime and Pyodide's files are served (src/engine/python/python-assets.ts). */
export interface PythonURLs {
  /** The Python worker script (src/engine/runtime-python/python-worker-main.ts, compiled). */
  runtime: string;
  loader: string;
  asm: string;
  wasm: string;
  stdlib: string;
}

/** What a Python run needs on the page before it can be posted to the sandbox. */
export interface PythonBundle {
  runtime: string;
  files: PythonFiles;
}

/**
 * Fetches the Python runtime and Pyodide's files once, same-origin (the sandbox cannot), all at
 * once; nothing is requested before the first call, which the page makes on intent (hover or focus
 * of a Python Run) or on Run. A failed load is forgotten, so the next Run tries again.
 */
export function createPythonLoader(urls: PythonURLs, fetchFn: typeof fetch): () => Promise<PythonBundle> {
  let loading: Promise<PythonBundle> | undefined;
  const get = async (url: string): Promise<Response> => {
    const response = await fetchFn(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response;
  };
  const text = async (url: string): Promise<string> => (await get(url)).text();
  // Blobs stay in the browser's blob store; the page never holds (or copies) Pyodide's bytes.
  const blob = async (url: string): Promise<Blob> => (await get(url)).blob();
  return () => {
    loading ??= Promise.all([
      text(urls.runtime),
      blob(urls.loader),
      blob(urls.asm),
      blob(urls.wasm),
      blob(urls.stdlib),
    ]).then(([runtime, loader, asm, wasm, stdlib]) => ({ runtime, files: { loader, asm, wasm, stdlib } }));
    loading.catch(() => (loading = undefined));
    return loading;
  };
}
