/**
 * The parts of a dedicated worker's global scope that the runtime wraps or uses.
 *
 * The project's type library is DOM (there is no WebWorker lib beside it), so these are spelled out
 * here, minimally. Passing them in rather than reaching for `self` is what lets the runtime be tested
 * in Node with fakes.
 */

/** Timer ids are numbers in browsers; tests with fake timers may hand back objects, which work the same as map keys. */
export type TimerId = number;

/** The four timer functions, as the runtime wraps them. */
export interface TimerFunctions {
  setTimeout(handler: TimerHandler, timeout?: number, ...args: unknown[]): TimerId;
  clearTimeout(id?: TimerId): void;
  setInterval(handler: TimerHandler, timeout?: number, ...args: unknown[]): TimerId;
  clearInterval(id?: TimerId): void;
}

/** Everything in the worker scope that counts as pending work once started. */
export interface InstrumentedScope extends TimerFunctions {
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  Worker: typeof Worker;
}

/** A callback run on a macrotask that the runtime does not count as pending work. */
export type Macrotask = (callback: () => void) => void;

/** An untracked one-shot timer (the original `setTimeout`, captured before wrapping). */
export type Delay = (callback: () => void, ms: number) => void;

/** The whole of the worker scope a run uses. */
export interface WorkerGlobal extends InstrumentedScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  console: Console;
  performance: { now(): number };
  MessageChannel: typeof MessageChannel;
  URL: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
}
