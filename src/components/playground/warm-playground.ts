import type { SourceFiles } from '../../engine';
import { pageEngine, warmEngine, warmPythonEngine, warmWhenIdle, whenIdle } from './page-engine';

// When a playground warms what its Runs need. page-engine.ts holds the page's warm-ups (each once per
// page); this file decides, per playground, which of them to start and on what sign from the reader.

interface PlaygroundParts {
  language: 'typescript' | 'python';
  playground: HTMLElement;
  /** The code and its Edit button: a press or a focus there means an edit, which needs the compiler. */
  editTargets: HTMLElement[];
  runButton: HTMLElement;
  /** The files a Run of the code as it is now would build. */
  files: () => SourceFiles;
  /** The files and their prebuilt bundle, while the code is as written; undefined once edited. */
  asWritten: () => { files: SourceFiles; prebuilt: string } | undefined;
  /** The standalone playground, where running the code is what the reader came for. */
  standalone: boolean;
}

/** Starts a playground's warm-ups: the fonts when idle, then its language's, on intent or at once. */
export function warmOnIntent(parts: PlaygroundParts): void {
  warmWhenIdle();
  if (parts.language === 'python') warmPythonOnIntent(parts.runButton, { now: parts.standalone });
  else warmTypeScriptOnIntent(parts);
}

/**
 * Everything a Run of `files` needs, now: the standalone playground's warm-up. Resolves when it is
 * done, failed or not.
 */
export function warmNow(language: 'typescript' | 'python', files: SourceFiles): Promise<void> {
  return language === 'python' ? warmPythonEngine() : warmEngine({ compiler: true, files });
}

/**
 * A TypeScript playground's warm-up. What a Run of the code as written needs (the sandbox frame, its
 * spare worker, the runtime: 15 KB, and the code's prebuilt bundle: 2 KB) is readied when the page
 * is idle, so even a click with no hover first (a tap) finds it ready: starting a sandbox frame and
 * its first worker takes 300–400 ms on two cores. At the first sign of intent (a hover, a focus, a
 * touch) too, should that come first. The compiler on intent only, and only for code that has no
 * prebuilt bundle (a saved edit); otherwise once the reader reaches for the editor. For a lone
 * main.ts, with or without an exercise's checks, that is the quick path.
 */
function warmTypeScriptOnIntent({ playground, editTargets, files, asWritten }: PlaygroundParts): void {
  // An exercise's Check adds checks.ts, which the same compiler builds (Bundler.compilerFor).
  const compile = (): void => void warmEngine({ compiler: true, files: files() });
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

/**
 * A Python playground's warm-up: Python's ~6 MB are fetched on intent only, a hover, a focus or a
 * touch of its Run (a phone has no hover; the touch comes ~100 ms before the click), or `now` on
 * the standalone Python playground, where running Python is what the reader came for.
 */
function warmPythonOnIntent(runButton: HTMLElement, { now }: { now: boolean }): void {
  const warm = (): void => void warmPythonEngine();
  if (now) warm();
  for (const type of ['pointerenter', 'focusin', 'touchstart']) {
    runButton.addEventListener(type, warm, { once: true, passive: true });
  }
}
