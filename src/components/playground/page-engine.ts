import { createEngine, localeOf, type Engine } from '../../engine';
import { engineAssets } from '../../engine/assets';
import { pythonURLs } from '../../engine/python/python-assets';
import { announceEngineWarm, announceEngineWarming } from '../../offline/after-page-settles';
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
  if (!warmed) announceEngineWarming(document);
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
  if (!pythonWarmed) announceEngineWarming(document);
  pythonWarmed ??= pageEngine()
    .warmPython()
    .catch(() => undefined)
    .finally(() => announceEngineWarm(document));
  return pythonWarmed;
}

let warmingFonts = false;
let warmingTypeScript = false;

/**
 * Warms what the page's playgrounds need: the console's fonts once the page is idle (idle, not
 * load: the lesson text comes first), and for TypeScript the bundler and its runtime at the first
 * sign of intent on a playground (a hover, a focus, a touch). Not before: a first
 * visit stays under 1.5 MB (issue 17 §3) for a reader who only reads, and esbuild.wasm alone is
 * 3 MB compressed. A page with only Python playgrounds never fetches it.
 */
export function warmWhenIdle(language: 'typescript' | 'python', playground: HTMLElement): void {
  const idle = (task: () => void): void => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 4_000 });
    else setTimeout(task, 1_500);
  };
  if (language === 'typescript') {
    const intent = (): void => {
      if (warmingTypeScript) return;
      warmingTypeScript = true;
      // At once, not at idle: a hover or focus comes a few hundred ms before a click on Run, which
      // is the head start the first Run gets (its first build waits for esbuild's start).
      void warmEngine();
    };
    for (const type of ['pointerenter', 'focusin', 'touchstart']) {
      playground.addEventListener(type, intent, { once: true, passive: true });
    }
  }
  if (!warmingFonts) {
    warmingFonts = true;
    warmFonts(document, idle);
  }
}
