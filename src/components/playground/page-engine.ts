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
let compilerWarmed: Promise<void> | undefined;
let warmingUp = 0;

/**
 * Tells the page's service worker when warm-ups are going on: its precache waits until every one
 * started so far has ended, failed or not (src/offline/after-page-settles.ts).
 */
function announced(warmUp: Promise<void>): Promise<void> {
  if (warmingUp++ === 0) announceEngineWarming(document);
  return warmUp
    .catch(() => undefined)
    .finally(() => {
      if (--warmingUp === 0) announceEngineWarm(document);
    });
}

/**
 * The engine's warm-up, started once per page: the sandbox frame, its spare worker and the runtime,
 * which every TypeScript Run needs. With `compiler`, esbuild-wasm too (its first build costs
 * ~700 ms, which a Run of edited code must not pay); code with a prebuilt bundle needs none.
 * Resolves when it is done, failed or not (a failure is reported by the Run that needs it, with a
 * message in its console).
 */
export function warmEngine({ compiler = false }: { compiler?: boolean } = {}): Promise<void> {
  warmed ??= announced(pageEngine().warm());
  if (!compiler) return warmed;
  compilerWarmed ??= announced(pageEngine().warm({ compiler: true }));
  return Promise.all([warmed, compilerWarmed]).then(() => undefined);
}

let pythonWarmed: Promise<void> | undefined;

/**
 * Python's warm-up (~6 MB, on intent only): the frame gets Pyodide's files and boots a spare
 * interpreter with them in the background. Resolves once they are handed over, failed or not.
 */
export function warmPythonEngine(): Promise<void> {
  pythonWarmed ??= announced(pageEngine().warmPython());
  return pythonWarmed;
}

/**
 * A Python playground's warm-up: Python's ~6 MB are fetched on intent only, a hover, a focus or a
 * touch of its Run (a phone has no hover; the touch comes ~100 ms before the click), or `now` on
 * the standalone Python playground, where running Python is what the reader came for.
 */
export function warmPythonOnIntent(runButton: HTMLElement, { now }: { now: boolean }): void {
  const warm = (): void => void warmPythonEngine();
  if (now) warm();
  for (const type of ['pointerenter', 'focusin', 'touchstart']) {
    runButton.addEventListener(type, warm, { once: true, passive: true });
  }
}

let warmingFonts = false;

/**
 * Warms what the page's playgrounds need: the console's fonts once the page is idle (idle, not
 * load: the lesson text comes first). The engine warms in AsyncPlayground: its sandbox when idle,
 * its compiler on intent only (a first visit stays under 1.5 MB for a reader who only reads, issue
 * 17 §3, and esbuild.wasm alone is 3 MB compressed). A page with only Python playgrounds never
 * fetches it.
 */
export function warmWhenIdle(): void {
  if (warmingFonts) return;
  warmingFonts = true;
  warmFonts(document, whenIdle);
}

/**
 * A TypeScript playground's warm-up. What a Run of the code as written needs (the sandbox frame, its
 * spare worker, the runtime: 15 KB, and the code's prebuilt bundle: 2 KB) is readied when the page
 * is idle, so even a click with no hover first (a tap) finds it ready: starting a sandbox frame and
 * its first worker takes 300–400 ms on two cores. At the first sign of intent (a hover, a focus, a
 * touch) too, should that come first. esbuild-wasm (3 MB) on intent only, and only for code that
 * has no prebuilt bundle (a saved edit); otherwise once the reader reaches for the editor.
 */
export function warmTypeScriptOnIntent({
  playground,
  editTargets,
  asWritten,
}: {
  playground: HTMLElement;
  /** The code and its Edit button: a press or a focus there means an edit, which needs the compiler. */
  editTargets: HTMLElement[];
  /** The files and their prebuilt bundle, while the code is as written; undefined once edited. */
  asWritten: () => { files: Record<string, string>; prebuilt: string } | undefined;
}): void {
  const warm = (intent: boolean): void => {
    const written = asWritten();
    if (written) pageEngine().preload(written.files, written.prebuilt);
    void warmEngine({ compiler: intent && !written });
  };
  whenIdle(() => warm(false));
  for (const type of ['pointerenter', 'focusin', 'touchstart']) {
    playground.addEventListener(type, () => warm(true), { once: true, passive: true });
  }
  const editing = (): void => void warmEngine({ compiler: true });
  for (const target of editTargets) {
    target.addEventListener('pointerdown', editing, { once: true, passive: true });
    target.addEventListener('focusin', editing, { once: true });
  }
}

/** Runs `task` when the page is idle (or after 4 s at the latest). */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 4_000 });
  else setTimeout(task, 1_500);
}
