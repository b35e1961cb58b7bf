import { createEngine, localeOf, takesQuickPath, type Engine, type SourceFiles } from '../../engine';
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
/** The compiler's warm-ups, one per kind: the quick path (a lone main.ts), esbuild (the rest). */
const compilerWarmed = new Map<'quick' | 'esbuild', Promise<void>>();
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
 * which every TypeScript Run needs. With `compiler`, what builds `files` too: the quick path for a
 * lone main.ts (~80 KB), esbuild-wasm for anything else or when `files` is not given (3 MB; its
 * first build costs ~700 ms, which a Run of edited code must not pay). Code with a prebuilt bundle
 * needs neither. Resolves when it is done, failed or not (a failure is reported by the Run that
 * needs it, with a message in its console).
 */
export function warmEngine({
  compiler = false,
  files,
}: { compiler?: boolean; files?: SourceFiles } = {}): Promise<void> {
  warmed ??= announced(pageEngine().warm());
  if (!compiler) return warmed;
  const kind = files && takesQuickPath(files) ? 'quick' : 'esbuild';
  let compiling = compilerWarmed.get(kind);
  if (!compiling) {
    compiling = announced(pageEngine().warm({ compiler: true, ...(kind === 'quick' ? { files } : {}) }));
    compilerWarmed.set(kind, compiling);
  }
  return Promise.all([warmed, compiling]).then(() => undefined);
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
 * touch) too, should that come first. The compiler on intent only, and only for code that has no
 * prebuilt bundle (a saved edit); otherwise once the reader reaches for the editor. For a lone
 * main.ts that is the quick path; an exercise's checks need esbuild as well.
 */
export function warmTypeScriptOnIntent({
  playground,
  editTargets,
  files,
  asWritten,
  checked,
}: {
  playground: HTMLElement;
  /** The code and its Edit button: a press or a focus there means an edit, which needs the compiler. */
  editTargets: HTMLElement[];
  /** The files a Run of the code as it is now would build. */
  files: () => SourceFiles;
  /** The files and their prebuilt bundle, while the code is as written; undefined once edited. */
  asWritten: () => { files: SourceFiles; prebuilt: string } | undefined;
  /** An exercise's playground: its Check adds checks.ts, which esbuild builds. */
  checked: boolean;
}): void {
  const compile = (): void => {
    void warmEngine({ compiler: true, files: files() });
    if (checked) void warmEngine({ compiler: true });
  };
  const warm = (intent: boolean): void => {
    const written = asWritten();
    if (written) pageEngine().preload(written.files, written.prebuilt);
    if (intent && !written) compile();
    else void warmEngine();
  };
  whenIdle(() => warm(false));
  for (const type of ['pointerenter', 'focusin', 'touchstart']) {
    playground.addEventListener(type, () => warm(true), { once: true, passive: true });
  }
  const editing = compile;
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
