import { type BundleResult, type Diagnostic, type SourceFiles, bundleKey, takesQuickPath } from './bundle-types';
import type { FromBundler, ToBundler } from './bundler-protocol';
import { type Locale, message } from '../messages';

const RECENT_BUNDLES = 8;
/** What the quick path builds once as it loads: a type, an import, an await. */
const QUICK_WARM_UP = `import { sleep } from 'async-lab';\nconst ms: number = 1;\nawait sleep(ms);\n`;

/** The page's handle on the bundler. One per page, shared by every playground on it. */
/** What builds a set of files in the page: the quick path (quick-bundle.ts) or esbuild-wasm. */
export type Compiler = 'quick' | 'esbuild';

export interface Bundler {
  /**
   * Which compiler a build of `files` starts with: the quick path for a lone main.ts (it may still
   * hand the code to esbuild, see quick-bundle.ts), esbuild for anything else or without `files`.
   */
  compilerFor(files?: SourceFiles): Compiler;
  /**
   * Readies what a build of `files` needs, and resolves when a build would be fast: for a lone
   * main.ts the quick path (quick-bundle.ts, ~80 KB), else (or without `files`) esbuild's worker
   * (3 MB). Idempotent.
   */
  warm(files?: SourceFiles): Promise<void>;
  /**
   * Bundles files; rejects with AbortError when `signal` aborts, and with a readable Error when the
   * compiler cannot load. With `prebuilt`, the URL of these very files' bundle made at build time
   * (PlaygroundShell.astro), that bundle is fetched instead and esbuild is not loaded at all; if it
   * cannot be had, esbuild builds the files as usual.
   */
  bundle(files: SourceFiles, signal?: AbortSignal, prebuilt?: string): Promise<BundleResult>;
  /** Fetches a prebuilt bundle ahead of the Run that will want it (on intent: a hover, a focus). */
  preload(files: SourceFiles, prebuilt: string): void;
}

/**
 * A prebuilt bundle as the build writes it (src/course/prebuilt-bundles.ts): the files' key and a
 * BundleResult without its timing. One made from other files (a stale URL) is not used.
 */
function asPrebuilt(value: unknown, key: string): BundleResult | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as { key?: unknown; ok?: unknown; code?: unknown; diagnostics?: unknown };
  if (v.key !== key) return undefined;
  if (v.ok === true && typeof v.code === 'string') return { ok: true, code: v.code, buildMs: 0 };
  if (v.ok === false && Array.isArray(v.diagnostics))
    return { ok: false, diagnostics: v.diagnostics as Diagnostic[], buildMs: 0 };
  return undefined;
}

export type QuickBundle = (files: SourceFiles) => BundleResult | null;

export interface BundlerOptions {
  locale?: Locale;
  fetchPrebuilt?: (url: string) => Promise<Response>;
  /** The quick path, loaded on first use (its own chunk: Sucrase and acorn). */
  loadQuick?: () => Promise<QuickBundle>;
}

function compilerFor(files?: SourceFiles): Compiler {
  return files && takesQuickPath(files) ? 'quick' : 'esbuild';
}

/**
 * Creates the bundler lazily: nothing is downloaded until warm() or bundle() is called.
 * `createWorker` and `wasmURL` come from the page's asset wiring (Vite `?worker` / `?url`), which
 * keeps this module free of bundler-specific imports and testable with a fake worker.
 */
export function createBundler(
  createWorker: () => Worker,
  wasmURL: string,
  {
    locale = 'en',
    fetchPrebuilt = (url) => fetch(url),
    loadQuick = () => import('./quick-bundle').then((m) => m.quickBundle),
  }: BundlerOptions = {},
): Bundler {
  let quick: Promise<QuickBundle> | undefined;
  const loadQuickOnce = (): Promise<QuickBundle> => {
    // Its first build runs cold code (34-144 ms measured): paid as the chunk arrives, usually on the
    // reader's intent, rather than by the Run (esbuild's worker does the same with a first build).
    quick ??= loadQuick().then((bundle) => {
      bundle({ 'main.ts': QUICK_WARM_UP });
      return bundle;
    });
    // A chunk that failed to load (offline, say) is tried again next time; esbuild builds meanwhile.
    quick.catch(() => (quick = undefined));
    return quick;
  };
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

  /** The quick path's bundle of `files`, or null where esbuild must build them. */
  function quickly(files: SourceFiles): Promise<BundleResult | null> {
    if (!takesQuickPath(files)) return Promise.resolve(null);
    // A quick path that throws (it never should) leaves the build to esbuild, as one that declines.
    return loadQuickOnce()
      .then((bundle) => bundle(files))
      .catch(() => null);
  }

  /**
   * The bundle of `files`: the one the build made, when there is one and it arrives; else the quick
   * path's, when it can; else esbuild's.
   */
  function resultFor(files: SourceFiles, key: string, prebuilt: string | undefined): Promise<BundleResult> {
    const built = (): Promise<BundleResult> =>
      quickly(files).then((result) => result ?? start().then(() => build(files)));
    if (!prebuilt) return built();
    return fetchPrebuilt(prebuilt)
      .then(async (response) => (response.ok ? asPrebuilt(await response.json(), key) : undefined))
      .catch(() => undefined)
      .then((result) => result ?? built());
  }

  /**
   * Learners press Run again and again on the same code (to compare timings); a bundle is a pure
   * function of the files, so the last few are kept and a repeat Run skips esbuild entirely.
   */
  function cached(files: SourceFiles, prebuilt: string | undefined): Promise<BundleResult> {
    const key = bundleKey(files);
    const result = recent.get(key) ?? resultFor(files, key, prebuilt);
    recent.delete(key);
    recent.set(key, result);
    if (recent.size > RECENT_BUNDLES) recent.delete(recent.keys().next().value ?? '');
    // A compiler that failed to load is not a result: the next Run tries again.
    result.catch(() => {
      if (recent.get(key) === result) recent.delete(key);
    });
    return result;
  }

  return {
    compilerFor,
    warm(files) {
      return compilerFor(files) === 'quick' ? loadQuickOnce().then(() => undefined) : start();
    },
    preload(files, prebuilt) {
      cached(files, prebuilt).catch(() => undefined);
    },
    async bundle(files, signal, prebuilt) {
      signal?.throwIfAborted();
      const result = cached(files, prebuilt);
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
