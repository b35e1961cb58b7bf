import type { PreparedRun } from '../runtime/start-run';
import { blockingSleep } from './blocking-sleep';
import type { TimelineSpan } from '../../schemas/run-protocol';

/** A Python callable as JavaScript sees it (a PyProxy); calling it runs Python. */
type PyCallable = () => unknown;

/** The answer of `http`, read by the requests and aiohttp look-alikes. */
export interface HttpAnswer {
  status: number;
  statusText: string;
  url: string;
  headers: [string, string][];
  text: string;
}

/** A wait a green thread can be woken from: `wake()` is false if it already ended (timed out). */
export interface Waiter {
  promise: Promise<boolean>;
  wake(): boolean;
}

/**
 * The `_lab_js` module the Python shim imports (shim/lab_gate.py and friends): everything it needs
 * from the run, in plain values and callbacks. JSPI traps (lab_gate.py) rule out handing Python a
 * promise to wait on through the loop; these helpers resolve promises from JavaScript callbacks.
 */
export interface LabBridge {
  jspi(): boolean;
  cores(): number;
  clock(): number;
  /** Runs `fn` after `ms` (a tracked timer with a timeline bar `label`), or on the next macrotask for 0. */
  schedule(fn: PyCallable, ms: number, label: string): number;
  cancel(id: number): void;
  /** Starts a green thread's stack on the next macrotask. */
  spawn(fn: PyCallable): void;
  /** A task starts: the timeline's blocked-stretch detection begins here. */
  enter(label: string): void;
  /** Blocks the worker for `ms` without burning the core (time.sleep with no other thread to run). */
  block(ms: number, label: string): void;
  waiter(timeoutMs: number, label: string): Waiter;
  span_begin(kind: TimelineSpan['kind'], label: string): number;
  span_end(id: number): void;
  span_record(kind: TimelineSpan['kind'], label: string, start: number, end: number): void;
  http(method: string, url: string, headersJson: string, body: string | null): Promise<HttpAnswer>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** An uncaught exception's traceback: the run ends in the error state, as CPython's exit code 1. */
  error(text: string): void;
  notice(text: string): void;
}

/** What a run's bridge needs from the worker. */
export interface BridgeDeps {
  prepared: PreparedRun;
  /** The run's console.log and console.error, as they were before the program ran. */
  log: (text: string) => void;
  error: (text: string) => void;
  fetch: typeof fetch;
  clearTimeout: (id: number) => void;
  macrotask: (callback: () => void) => void;
  now: () => number;
  /** Milliseconds since the learner's code started, as the timeline counts them. */
  clock: () => number;
  jspi: boolean;
  cores: number;
}

/** The bridge of one run, and `exit()`, which drops what the program left behind, as a process exit does. */
export function createRunBridge(deps: BridgeDeps): { bridge: LabBridge; exit(): void } {
  const { prepared } = deps;
  const { recorder, blocked } = prepared.lab;
  const live = new Set<number>();
  // Atomics.wait on a worker-local shared memory: the only way to block a worker without spinning.
  const cell = new Int32Array(new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }).buffer);
  const timer = (callback: () => void, ms: number, label: string): number => {
    const id = prepared.lab.setTimeout(
      () => {
        live.delete(id);
        callback();
      },
      ms,
      label,
    ) as number;
    live.add(id);
    return id;
  };
  const cancel = (id: number): void => {
    if (!live.delete(id)) return;
    deps.clearTimeout(id);
  };

  const bridge: LabBridge = {
    jspi: () => deps.jspi,
    cores: () => deps.cores,
    clock: deps.clock,
    schedule(fn, ms, label) {
      if (ms <= 0) {
        deps.macrotask(() => void fn());
        return 0;
      }
      return timer(() => void fn(), ms, label);
    },
    cancel,
    spawn: (fn) => deps.macrotask(() => void fn()),
    enter: (label) => blocked.enter(label),
    block(ms, label) {
      const start = deps.now();
      const span = recorder.begin('blocked', label);
      blockingSleep({ wait: (slice) => Atomics.wait(cell, 0, 0, slice), now: deps.now, beat: prepared.lab.beat }, ms);
      recorder.end(span);
      blocked.explicit(deps.now() - start);
    },
    waiter(timeoutMs, label) {
      let settle: (woken: boolean) => void = () => {};
      let pending = true;
      let id = 0;
      const promise = new Promise<boolean>((resolve) => (settle = resolve));
      const end = (woken: boolean): boolean => {
        if (!pending) return false;
        pending = false;
        if (id) cancel(id);
        settle(woken);
        return true;
      };
      if (timeoutMs >= 0) id = timer(() => end(false), timeoutMs, label);
      return { promise, wake: () => end(true) };
    },
    span_begin: (kind, label) => recorder.begin(kind, label),
    span_end: (id) => recorder.end(id),
    span_record: (kind, label, start, end) => recorder.record(kind, label, start, end),
    async http(method, url, headersJson, body) {
      const headers = JSON.parse(headersJson) as Record<string, string>;
      const response = await deps.fetch(url, { method, headers, ...(body === null ? {} : { body }) });
      return {
        status: response.status,
        statusText: response.statusText,
        url: response.url || url,
        headers: [...response.headers],
        text: await response.text(),
      };
    },
    stdout: (text) => deps.log(text),
    stderr: (text) => deps.error(text),
    error: (text) => prepared.line('error', text),
    notice: (text) => prepared.line('system', text),
  };
  return {
    bridge,
    exit() {
      for (const id of live) deps.clearTimeout(id);
      live.clear();
    },
  };
}
