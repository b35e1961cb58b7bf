import type { ConsoleEntry, EncodedValue } from '../schemas/console-value';
import type { CheckResult, TimelineSpan } from '../schemas/run-protocol';
import type { Diagnostic, SourceFiles } from './bundler/bundle-types';
import { formatDiagnostic } from './bundler/bundle-types';
import { type Compiler, createBundler } from './bundler/bundler-client';
import { assembleRun } from './runner/assemble';
import { mapStack, readInlineMap } from './runner/map-stack';
import { mapValueStacks } from './runner/map-value-stacks';
import type { RunOutcome, SandboxProgram } from './runner/sandbox-contract';
import { createSandbox } from './runner/sandbox-host';
import { createPythonLoader, type PythonURLs } from './python/python-loader';
import type { RunLanguage } from '../schemas/run-protocol';
import { type Locale, message } from './messages';

/** What the page provides: the asset URLs and worker factory from its bundler, and its document. */
export interface EngineDeps {
  document: Document;
  createBundlerWorker: () => Worker;
  wasmURL: string;
  /** The compiled worker runtime (src/engine/runtime/worker-main.ts as a classic script). */
  runtimeURL: string;
  fetch: typeof fetch;
  /** Where the Python runtime and Pyodide live (engine/python/python-assets.ts); without it, Python cannot run. */
  pythonURLs?: PythonURLs;
  /** The page's language: every message the engine shows is in it. */
  locale?: Locale;
}

export interface RunEvents {
  /** "bundling" while esbuild works, "running" once the learner's code has started. */
  onPhase(phase: 'bundling' | 'running'): void;
  onConsole(entries: ConsoleEntry[], dropped: number): void;
  onSpans(spans: TimelineSpan[], dropped: number): void;
  /** Build errors, for editor markers. Called with [] on a successful build. */
  onDiagnostics(diagnostics: Diagnostic[]): void;
  /** Exercise checks (when `files` has checks.ts): first all pending, then final. */
  onChecks?(results: CheckResult[]): void;
}

export interface RunRequest {
  /**
   * 'typescript' (the default) is bundled first; 'python' runs `files['main.py']` as CPython would,
   * then, for an exercise, the checks in `files['checks.py']` (shim/lab_check.py).
   */
  language?: RunLanguage;
  files: SourceFiles;
  /**
   * The URL of `files`' bundle made at build time (a lesson example or exercise starter as
   * written): the Run uses it and needs no compiler. Without it, or if it cannot be fetched,
   * esbuild-wasm builds the files in the page.
   */
  prebuilt?: string | undefined;
  timeLimitMs: number;
  signal: AbortSignal;
  events: RunEvents;
}

/** The engine a page uses: warm it on intent, then run playgrounds through it. */
export interface Engine {
  /**
   * Readies what every TypeScript Run needs: the sandbox frame, its spare worker and the runtime.
   * With `compiler`, what builds `files` too, which only code that has no prebuilt bundle needs
   * (code the reader edited, or a playground that has none): the quick path for a lone main.ts,
   * esbuild-wasm (3 MB) for anything else or when `files` is not given (Bundler.warm).
   */
  warm(options?: { compiler?: boolean; files?: SourceFiles }): Promise<void>;
  /** Which compiler a warm-up or a build of `files` uses (Bundler.compilerFor). */
  compilerFor(files?: SourceFiles): Compiler;
  /** Fetches the prebuilt bundle of `files` ahead of a Run of them (see RunRequest.prebuilt). */
  preload(files: SourceFiles, prebuilt: string): void;
  /** Fetches Python and boots a spare interpreter in the sandbox: call it on intent (hover, focus). */
  warmPython(): Promise<void>;
  run(request: RunRequest): Promise<RunOutcome>;
  /**
   * Builds `files` in the background, as a Run of them would, so that the Run finds the bundle
   * ready (or in progress): called while the reader types, debounced. Python has nothing to build.
   */
  prepare(request: Pick<RunRequest, 'language' | 'files'>): void;
}

const text = (v: string): EncodedValue => ({ t: 'string', v });
const errorEntry = (message: string): ConsoleEntry => ({
  kind: 'error',
  method: 'system',
  time: 0,
  depth: 0,
  args: [text(message)],
});

type RunContext = Pick<RunRequest, 'timeLimitMs' | 'signal' | 'events'>;

export function createEngine(deps: EngineDeps): Engine {
  const locale = deps.locale ?? 'en';
  const bundler = createBundler(deps.createBundlerWorker, deps.wasmURL, { locale, fetchPrebuilt: deps.fetch });
  const sandbox = createSandbox(deps.document, locale);
  let runtime: Promise<string> | undefined;
  const loadPython = deps.pythonURLs ? createPythonLoader(deps.pythonURLs, deps.fetch) : undefined;
  const python = async () => {
    if (!loadPython) throw new Error('Python is not available on this page.');
    return loadPython().catch((error: unknown) => {
      throw new Error(`Python could not be loaded (${String(error)}). Check your connection and reload the page.`);
    });
  };

  const loadRuntime = (): Promise<string> => {
    runtime ??= deps.fetch(deps.runtimeURL).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    runtime.catch(() => (runtime = undefined));
    return runtime;
  };

  /** The one run pipeline of both languages: the sandbox, its messages to the events, the outcome. */
  async function runInSandbox(
    program: Promise<SandboxProgram>,
    { timeLimitMs, signal, events }: RunContext,
    fixEntry: (entry: ConsoleEntry) => ConsoleEntry,
  ): Promise<RunOutcome> {
    try {
      const outcome = await sandbox.run(await program, {
        timeLimitMs,
        locale,
        signal,
        onMessage(message) {
          if (message.type === 'started') events.onPhase('running');
          else if (message.type === 'console') events.onConsole(message.entries.map(fixEntry), message.dropped);
          else if (message.type === 'spans') events.onSpans(message.spans, message.dropped);
          else if (message.type === 'checks') events.onChecks?.(message.results);
        },
      });
      if (outcome.reason) events.onConsole([errorEntry(outcome.reason)], 0);
      return outcome;
    } catch (error) {
      if (signal.aborted) return { state: 'stopped', durationMs: 0 };
      const text = error instanceof Error ? error.message : String(error);
      events.onConsole([errorEntry(text)], 0);
      return { state: 'error', durationMs: 0, reason: text };
    }
  }

  return {
    async warm({ compiler = false, files } = {}) {
      // The frame gets the runtime as soon as both exist, to start its spare worker with it.
      await Promise.all([
        compiler ? bundler.warm(files) : undefined,
        Promise.all([loadRuntime(), sandbox.warm()]).then(([runtime]) => sandbox.warm(runtime)),
      ]);
    },

    compilerFor: (files) => bundler.compilerFor(files),

    preload(files, prebuilt) {
      bundler.preload(files, prebuilt);
    },

    async warmPython() {
      // The frame starts while Pyodide's files download: made after them, it added its own start-up
      // (~0.3 s here) to the first Python run.
      const [{ runtime, files }] = await Promise.all([python(), sandbox.warm()]);
      await sandbox.warmPython(runtime, files);
    },

    prepare({ language, files }) {
      // A failure here is the Run's to report, with its diagnostics; the cache keeps only the result.
      if (language !== 'python') bundler.bundle(files).catch(() => undefined);
    },

    async run({ language, files, prebuilt, timeLimitMs, signal, events }) {
      if (language === 'python') {
        // Nothing to bundle: the learner's source goes to the sandbox as written. A Run before any
        // warm-up (no hover, focus or touch came first) starts the frame beside the download, as
        // warmPython does; a frame that fails to start is the run's error, reported below.
        events.onPhase('bundling');
        return runInSandbox(
          Promise.all([python(), sandbox.warm()]).then(([{ runtime, files: pyodide }]) => ({
            language,
            runtime,
            code: files['main.py'] ?? '',
            python: pyodide,
            // An exercise: its Python checks run after main.py, in the same interpreter.
            ...(files['checks.py'] === undefined ? {} : { checks: files['checks.py'] }),
          })),
          { timeLimitMs, signal, events },
          (entry) => entry,
        );
      }
      events.onPhase('bundling');
      let source: string;
      let built;
      try {
        // The frame is checked while esbuild builds, so the run itself does not wait for a ping.
        [source, built] = await Promise.all([
          loadRuntime().catch((error: unknown) => {
            throw new Error(message(locale, 'run.runtimeLoad', { error: String(error) }));
          }),
          bundler.bundle(files, signal, prebuilt),
          sandbox.warm(),
        ]);
      } catch (error) {
        if (signal.aborted) return { state: 'stopped', durationMs: 0 };
        const message = error instanceof Error ? error.message : String(error);
        events.onConsole([errorEntry(message)], 0);
        return { state: 'error', durationMs: 0, reason: message };
      }
      if (!built.ok) {
        events.onDiagnostics(built.diagnostics);
        events.onConsole(
          built.diagnostics.map((d) => errorEntry(formatDiagnostic(d))),
          0,
        );
        const [first] = built.diagnostics;
        return {
          state: 'error',
          durationMs: 0,
          reason: message(locale, 'run.syntax'),
          cause: first?.kind === 'import' ? 'import-error' : 'syntax-error',
          ...(first ? { where: `${first.file}:${first.line}:${first.column}` } : {}),
        };
      }
      events.onDiagnostics([]);

      const program = assembleRun(source, built.code);
      const { lineOffset } = program;
      const map = readInlineMap(built.code);
      const fixStacks = (entry: ConsoleEntry): ConsoleEntry => ({
        ...entry,
        ...(entry.stack === undefined ? {} : { stack: mapStack(entry.stack, map, lineOffset) }),
        args: entry.args.map((value) => mapValueStacks(value, (stack) => mapStack(stack, map, lineOffset))),
      });

      return runInSandbox(Promise.resolve(program), { timeLimitMs, signal, events }, fixStacks);
    },
  };
}
