import type { BundleResult, SourceFiles } from './bundle-types';
import type { FromBundler, ToBundler } from './bundler-protocol';
import { type Locale, message } from '../messages';

const RECENT_BUNDLES = 8;

/** The page's handle on the bundler. One per page, shared by every playground on it. */
export interface Bundler {
  /** Starts the worker and warms esbuild up; resolves when a build would be fast. Idempotent. */
  warm(): Promise<void>;
  /** Bundles files; rejects with AbortError when `signal` aborts, and with a readable Error when the compiler cannot load. */
  bundle(files: SourceFiles, signal?: AbortSignal): Promise<BundleResult>;
}

/**
 * Creates the bundler lazily: nothing is downloaded until warm() or bundle() is called.
 * `createWorker` and `wasmURL` come from the page's asset wiring (Vite `?worker` / `?url`), which
 * keeps this module free of bundler-specific imports and testable with a fake worker.
 */
export function createBundler(createWorker: () => Worker, wasmURL: string, locale: Locale = 'en'): Bundler {
  let worker: Worker | undefined;
  let ready: Promise<void> | undefined;
  let nextId = 1;
  const pending = new Map<number, (result: BundleResult) => void>();
  /**
   * The last few bundles by their files, most recent last: finished or still building, so a Run
   * that finds the build the reader's typing started (Engine.prepare) waits for it, not for another.
   */
  const recent = new Map<string, Promise<BundleResult>>();

  function build(files: SourceFiles): Promise<BundleResult> {
    const id = nextId++;
    return new Promise<BundleResult>((resolve) => {
      pending.set(id, (result) => {
        pending.delete(id);
        resolve(result);
      });
      worker?.postMessage({ type: 'build', id, files } satisfies ToBundler);
    });
  }

  function start(): Promise<void> {
    if (ready) return ready;
    ready = new Promise<void>((resolve, reject) => {
      worker = createWorker();
      worker.onmessage = (event: MessageEvent<FromBundler>) => {
        const data = event.data;
        if (data.type === 'ready') resolve();
        else if (data.type === 'init-error')
          reject(new Error(message(locale, 'bundler.wasm', { error: data.message })));
        else pending.get(data.id)?.(data.result);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(message(locale, 'bundler.worker', { error: event.message || 'unknown error' })));
      };
      worker.postMessage({ type: 'init', wasmURL } satisfies ToBundler);
    });
    // A failed start can be retried by the next Run (e.g. after the network comes back).
    ready.catch(() => {
      worker?.terminate();
      worker = undefined;
      ready = undefined;
    });
    return ready;
  }

  return {
    warm: start,
    async bundle(files, signal) {
      await start();
      signal?.throwIfAborted();
      // Learners press Run again and again on the same code (to compare timings); a bundle is a pure
      // function of the files, so the last few are kept and a repeat Run skips esbuild entirely.
      const key = JSON.stringify(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
      const result = recent.get(key) ?? build(files);
      recent.delete(key);
      recent.set(key, result);
      if (recent.size > RECENT_BUNDLES) recent.delete(recent.keys().next().value ?? '');
      if (!signal) return result;
      // Stop abandons this caller's wait only; the build itself may serve the next Run.
      return new Promise<BundleResult>((resolve, reject) => {
        const onAbort = (): void => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        result.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
  };
}
