import type { ConsoleEntry } from './console-value';

/**
 * Messages between the page (host), the sandbox iframe (relay) and the run's worker.
 *
 *   host ──window.postMessage──▶ frame: runtime, run-code or run (with a MessagePort), stop, ping
 *   frame ──parent.postMessage──▶ host: ready, pong, worker-error
 *   frame ──worker.postMessage──▶ spare worker: probe; then start (with the port and the code)
 *   spare worker ──self.postMessage──▶ frame: spare-ready or spare-unusable
 *   worker ──MessagePort──▶ host: started, console, span, done  (one channel per run)
 *
 * Every message is a discriminated union on `type`; run messages carry the run id so anything from
 * an earlier run is ignored.
 */

/** The languages a run can be in. TypeScript is bundled on the page first; Python runs as written. */
export type RunLanguage = 'typescript' | 'python';

/**
 * Pyodide's files, fetched by the page from its own origin (the opaque-origin frame and its workers
 * cannot fetch them) and posted to the frame once. The frame compiles the wasm once and hands the
 * compiled module to every Python worker. Blobs, not bytes: posting a Blob passes a handle, while
 * posting ~22 MB of ArrayBuffers copied them through the frame's main thread, which then missed its
 * pings for seconds and was rebuilt, again and again, on a busy machine.
 */
export interface PythonFiles {
  /** pyodide.js, the loader (UMD). */
  loader: Blob;
  /** pyodide.asm.mjs rewritten as a classic script (scripts/pyodide-assets.mjs). */
  asm: Blob;
  /** pyodide.asm.wasm, compiled once per frame, by its first Python worker. */
  wasm: Blob;
  /** The standard library compiled to .pyc, as a zip. */
  stdlib: Blob;
}

/** host → frame */
export type HostToFrame =
  /**
   * The runtime's text. The frame keeps one spare worker that has already evaluated it, so a run
   * only has to load the learner's code (see sandbox-relay-program.js).
   */
  | { type: 'runtime'; script: string }
  /**
   * The learner's code, to run after the runtime (assemble.ts): in the spare worker when one is
   * ready, else in a fresh worker made from the runtime and the code. The run's MessagePort travels
   * in the transfer list (event.ports[0]), to be handed to the worker.
   */
  | {
      type: 'run-code';
      runId: number;
      code: string;
      language?: RunLanguage;
      locale?: 'zh-cn' | 'en';
      /** Python exercises: checks.py, run in the same interpreter after the learner's main.py. */
      checks?: string;
    }
  /**
   * The Python runtime script and Pyodide's files. The frame keeps one booted spare interpreter;
   * a Python run-code takes it (its `code` is then the learner's Python source).
   */
  | { type: 'python-runtime'; script: string; files: PythonFiles }
  /** A whole script in a fresh worker (no runtime needed; the bench's floor measurement uses it). */
  | { type: 'run'; runId: number; script: string }
  | { type: 'stop'; runId: number }
  | { type: 'ping'; nonce: number };

/** frame → host */
export type FrameToHost =
  | { type: 'ready' }
  | { type: 'pong'; nonce: number }
  /** The worker could not be created or died before starting (e.g. a syntax error in the script). */
  | { type: 'worker-error'; runId: number; message: string };

/** A bar on the timeline (issue: async timeline). Times are ms since the learner's code started. */
export interface TimelineSpan {
  id: number;
  kind: 'timer' | 'fetch' | 'worker' | 'span' | 'blocked';
  label: string;
  start: number;
  /** null while still running when the run ended. */
  end: number | null;
}

/** One exercise check, as the page shows it. */
export interface CheckResult {
  name: string;
  status: 'pending' | 'passed' | 'failed';
  /** Why it failed (the assertion's message), in the check author's words. */
  message?: string;
}

/** worker → host, over the run's MessagePort */
export type WorkerToHost =
  | { type: 'started'; runId: number }
  /**
   * "Still here": sent every BEAT_MS while the worker's event loop turns, and from inside blockFor's
   * deliberate busy wait. A run that sends nothing for NOT_RESPONDING_MS is stuck in a loop that
   * never yields, or running out of memory (sandbox-host.ts ends it).
   */
  | { type: 'beat'; runId: number }
  | { type: 'console'; runId: number; entries: ConsoleEntry[]; dropped: number }
  | { type: 'spans'; runId: number; spans: TimelineSpan[]; dropped: number }
  /** Exercise checks: all 'pending' once registered (before the learner's code runs), then final. */
  | { type: 'checks'; runId: number; results: CheckResult[] }
  | {
      type: 'done';
      runId: number;
      /** Wall time from the start of the learner's code until nothing was left pending. */
      durationMs: number;
      /** Uncaught errors and unhandled rejections seen during the run. */
      uncaught: number;
      /** Set when the run ended for a reason the learner should know, e.g. a top-level await that can never settle. */
      warning?: string;
    };

/** What the worker receives first, from the frame: where to talk to, and which run it is. */
export interface WorkerStart {
  type: 'start';
  runId: number;
  port: MessagePort;
  /** Only for a spare worker, which so far holds just the runtime: the learner's code, to load now. */
  code?: string;
  /** The page's language, for the runtime's own lines (simulated requests, warnings, checks). */
  locale?: 'zh-cn' | 'en';
  /**
   * Only for a Python worker: an exercise's checks.py. (TypeScript checks are bundled into `code`;
   * Python has no bundle, so they travel beside it.)
   */
  checks?: string;
}

/**
 * frame → Python worker, first thing: boot Pyodide from these (answered with SpareToFrame). The
 * first worker of a frame gets no module: it compiles the wasm itself and posts it back
 * (PythonCompiled), so compiling never blocks the frame's main thread, which is the page's too.
 */
export interface PythonBoot {
  type: 'python-boot';
  module: WebAssembly.Module | null;
  wasm: Blob;
  loader: Blob;
  asm: Blob;
  stdlib: Blob;
}

/** frame → spare worker, once it is started: can it load code from a blob: URL (the CSP decides)? */
export interface SpareProbe {
  type: 'probe';
}

/** Python worker → frame, before it serves a run: the wasm it compiled, for the frame's next workers. */
export interface PythonCompiled {
  type: 'python-compiled';
  module: WebAssembly.Module;
}

/** spare worker → frame: the answer to SpareProbe, sent once the runtime has been evaluated. */
export type SpareToFrame = { type: 'spare-ready' } | { type: 'spare-unusable'; message: string };
