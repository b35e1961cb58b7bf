// The engine's second door, for the page only: where its heavy assets live once Vite has built the
// site. Kept apart from index.ts so the engine's logic stays free of bundler-specific imports and
// can be unit-tested in Node. URLs carry the site's base path and content hashes.
import wasmURL from 'esbuild-wasm/esbuild.wasm?url';
import BundlerWorker from './bundler/bundler-worker.ts?worker';
import runtimeURL from './runtime/worker-main.ts?worker&url';

export const engineAssets = {
  wasmURL,
  runtimeURL,
  createBundlerWorker: (): Worker => new BundlerWorker(),
};
