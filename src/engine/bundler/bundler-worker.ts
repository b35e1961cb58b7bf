// The bundler's own worker: esbuild-wasm compiles off the main thread, so typing and scrolling stay
// smooth while it runs. `worker: false` because we already are the worker esbuild would start.
import * as esbuild from 'esbuild-wasm/esm/browser.js';
import { bundleFiles } from './bundle';
import type { FromBundler, ToBundler } from './bundler-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToBundler>) => void) | null;
  postMessage(message: FromBundler): void;
};

let ready: Promise<void> | undefined;

async function init(wasmURL: string): Promise<void> {
  const t0 = performance.now();
  await esbuild.initialize({ wasmURL, worker: false });
  const t1 = performance.now();
  // The first build pays for compiling esbuild's Go runtime paths (~700 ms measured); pay it now,
  // while the reader is still reading, instead of on their first Run.
  await bundleFiles(esbuild, { 'main.ts': 'const warm: number = 1; console.log(warm);' }, () => performance.now());
  scope.postMessage({ type: 'ready', initMs: t1 - t0, warmMs: performance.now() - t1 });
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    ready ??= init(message.wasmURL).catch((error: unknown) => {
      scope.postMessage({ type: 'init-error', message: error instanceof Error ? error.message : String(error) });
      throw error;
    });
    return;
  }
  if (message.type === 'build') {
    const { id, files } = message;
    void (ready ?? Promise.reject(new Error('not initialised')))
      .then(() => bundleFiles(esbuild, files, () => performance.now()))
      .then(
        (result) => scope.postMessage({ type: 'result', id, result }),
        () => undefined, // init-error already told the page
      );
  }
};
