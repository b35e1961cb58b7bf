import { createEngine, localeOf, type Engine } from '../../engine';
import { engineAssets } from '../../engine/assets';
import { pythonURLs } from '../../engine/python/python-assets';
import { announceEngineWarm } from '../../offline/after-page-settles';
import { warmFonts } from './warm-fonts';

let engine: Engine | undefined;

/** The page's one engine (one bundler worker, one sandbox frame), shared by all its playgrounds. */
export function pageEngine(): Engine {
  engine ??= createEngine({
    document,
    fetch: window.fetch.bind(window),
    locale: localeOf(document.documentElement.lang),
    ...engineAssets,
    pythonURLs,
  });
  return engine;
}

let warmed: Promise<void> | undefined;

/**
 * The engine's warm-up, started once per page: esbuild's first build costs ~700 ms, which the first
 * Run must not pay. Resolves when it is done, failed or not (a failure is reported by the Run that
 * needs it, with a message in its console).
 */
export function warmEngine(): Promise<void> {
  warmed ??= pageEngine()
    .warm()
    .catch(() => undefined)
    // The service worker's precache waits for this (src/offline/after-page-settles.ts).
    .finally(() => announceEngineWarm(document));
  return warmed;
}

let pythonWarmed: Promise<void> | undefined;

/**
 * Python's warm-up (~6 MB, on intent only): the frame gets Pyodide's files and boots a spare
 * interpreter with them in the background. Resolves once they are handed over, failed or not.
 */
export function warmPythonEngine(): Promise<void> {
  pythonWarmed ??= pageEngine()
    .warmPython()
    .catch(() => undefined)
    .finally(() => announceEngineWarm(document));
  return pythonWarmed;
}

let warmingFonts = false;
let warmingTypeScript = false;

/**
 * Warms what the page's playgrounds need once the page is idle (idle, not load: the lesson text
 * comes first): the console's fonts, and for TypeScript the bundler and its runtime. A page with
 * only Python playgrounds never fetches esbuild.wasm (3 MB compressed) it has no use for.
 */
export function warmWhenIdle(language: 'typescript' | 'python'): void {
  const idle = (task: () => void): void => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 4_000 });
    else setTimeout(task, 1_500);
  };
  if (language === 'typescript' && !warmingTypeScript) {
    warmingTypeScript = true;
    idle(() => void warmEngine());
  }
  if (!warmingFonts) {
    warmingFonts = true;
    warmFonts(document, idle);
  }
}
