import type { ConsoleEntry, EncodedValue } from '../schemas/console-value';
import type { CheckResult, TimelineSpan } from '../schemas/run-protocol';
import type { Diagnostic, SourceFiles } from './bundler/bundle-types';
import { formatDiagnostic } from './bundler/bundle';
import { createBundler } from './bundler/bundler-client';
import { assembleRun } from './runner/assemble';
import { mapStack, readInlineMap } from './runner/map-stack';
import { createSandbox, type RunOutcome } from './runner/sandbox-host';
import { type Locale, message } from './messages';

/** What the page provides: the asset URLs and worker factory from its bundler, and its document. */
export interface EngineDeps {
  document: Document;
  createBundlerWorker: () => Worker;
  wasmURL: string;
  /** The compiled worker runtime (src/engine/runtime/worker-main.ts as a classic script). */
  runtimeURL: string;
  fetch: typeof fetch;
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
  files: SourceFiles;
  timeLimitMs: number;
  signal: AbortSignal;
  events: RunEvents;
}

/** The engine a page uses: warm it when idle, then run playgrounds through it. */
export interface Engine {
  warm(): Promise<void>;
  run(request: RunRequest): Promise<RunOutcome>;
}

const text = (v: string): EncodedValue => ({ t: 'string', v });
const errorEntry = (message: string): ConsoleEntry => ({
  kind: 'error',
  method: 'system',
  time: 0,
  depth: 0,
  args: [text(message)],
});

export function createEngine(deps: EngineDeps): Engine {
  const locale = deps.locale ?? 'en';
  const bundler = createBundler(deps.createBundlerWorker, deps.wasmURL, locale);
  const sandbox = createSandbox(deps.document, locale);
  let runtime: Promise<string> | undefined;

  const loadRuntime = (): Promise<string> => {
    runtime ??= deps.fetch(deps.runtimeURL).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    runtime.catch(() => (runtime = undefined));
    return runtime;
  };

  return {
    async warm() {
      // The frame gets the runtime as soon as both exist, to start its spare worker with it.
      await Promise.all([
        bundler.warm(),
        Promise.all([loadRuntime(), sandbox.warm()]).then(([runtime]) => sandbox.warm(runtime)),
      ]);
    },

    async run({ files, timeLimitMs, signal, events }) {
      events.onPhase('bundling');
      let source: string;
      let built;
      try {
        // The frame is checked while esbuild builds, so the run itself does not wait for a ping.
        [source, built] = await Promise.all([
          loadRuntime().catch((error: unknown) => {
            throw new Error(message(locale, 'run.runtimeLoad', { error: String(error) }));
          }),
          bundler.bundle(files, signal),
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
        args: entry.args.map(function fix(value: EncodedValue): EncodedValue {
          if (value.t !== 'error') return value;
          return {
            ...value,
            stack: value.stack === null ? null : mapStack(value.stack, map, lineOffset),
            ...(value.cause ? { cause: fix(value.cause) } : {}),
          };
        }),
      });

      try {
        const outcome = await sandbox.run(program, {
          timeLimitMs,
          locale,
          signal,
          onMessage(data) {
            if (data.type === 'started') events.onPhase('running');
            else if (data.type === 'console') events.onConsole(data.entries.map(fixStacks), data.dropped);
            else if (data.type === 'spans') events.onSpans(data.spans, data.dropped);
            else if (data.type === 'checks') events.onChecks?.(data.results);
          },
        });
        if (outcome.reason) events.onConsole([errorEntry(outcome.reason)], 0);
        return outcome;
      } catch (error) {
        if (signal.aborted) return { state: 'stopped', durationMs: 0 };
        const message = error instanceof Error ? error.message : String(error);
        events.onConsole([errorEntry(message)], 0);
        return { state: 'error', durationMs: 0, reason: message };
      }
    },
  };
}
