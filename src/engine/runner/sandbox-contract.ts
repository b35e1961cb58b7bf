import type { PythonFiles, RunLanguage, WorkerToHost } from '../../schemas/run-protocol';
import type { Locale } from '../messages';
import type { RunProgram } from './assemble';

/*
 * What the page asks of the sandbox and what it gets back: the contract between the engine and
 * sandbox-host.ts, which owns the frame that keeps it.
 */

export type FinalState = 'done' | 'error' | 'stopped' | 'timeout';

export interface RunOutcome {
  state: FinalState;
  /** For done/error: measured in the worker from the start of the learner's code. Otherwise measured here. */
  durationMs: number;
  /** Why the run ended, when the learner should be told (a worker that failed to start, a crash). */
  reason?: string;
  /**
   * Set when the page ended the run (its code stopped answering, the sandbox itself crashed), or
   * when the code never ran because it does not build (with `where`, "main.ts:3:5").
   */
  cause?: 'not-responding' | 'sandbox-crashed' | 'syntax-error' | 'import-error';
  where?: string;
  warning?: string;
}

export interface RunOptions {
  timeLimitMs: number;
  /** The page's language, for what the sandbox and the runtime say. */
  locale: Locale;
  /** Aborting stops the run (the Stop button). */
  signal?: AbortSignal;
  /** Every validated message from the run's worker, in order. */
  onMessage(message: WorkerToHost): void;
}

/**
 * What the sandbox runs: the runtime and the code after it. For Python, `runtime` is the Python
 * worker script, `code` the learner's source, and `python` Pyodide's files (sent to the frame once).
 */
export type SandboxProgram = Omit<RunProgram, 'lineOffset'> & {
  language?: RunLanguage;
  python?: PythonFiles;
  /** A Python exercise's checks.py (TypeScript checks are bundled into `code`). */
  checks?: string;
};

/** The page's handle on the sandbox iframe, shared by every playground on the page. */
export interface Sandbox {
  /**
   * Creates the frame ahead of the first run, or checks that the existing one still answers. With
   * the runtime, the frame also starts a spare worker that evaluates it before the first Run.
   */
  warm(runtime?: string): Promise<void>;
  /** Sends the Python runtime and Pyodide's files; the frame boots a spare interpreter from them. */
  warmPython(runtime: string, files: PythonFiles): Promise<void>;
  run(program: SandboxProgram, options: RunOptions): Promise<RunOutcome>;
}
