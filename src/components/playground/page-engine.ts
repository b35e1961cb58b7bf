import { type Compiler, createEngine, localeOf, type Engine, type SourceFiles } from '../../engine';
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
/** The compilers' warm-ups, one each, as the bundler picks them (Engine.compilerFor). */
const compilerWarmed = new Map<Compiler, Promise<void>>();
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
  const kind = pageEngine().compilerFor(files);
  let compiling = compilerWarmed.get(kind);
  if (!compiling) {
    compiling = announced(pageEngine().warm({ compiler: true, ...(files ? { files } : {}) }));
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

/** Runs `task` when the page is idle (or after 4 s at the latest). */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 4_000 });
  else setTimeout(task, 1_500);
}
