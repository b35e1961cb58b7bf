/**
 * The lesson runtime: the module learner code imports as "async-lab".
 * Implemented in src/engine/runtime/; these declarations are also given to the editor.
 */
declare module 'async-lab' {
  /** Resolves after `ms` milliseconds, like Python's `await asyncio.sleep(ms / 1000)`. */
  export function sleep(ms: number): Promise<void>;
  /** Busy-waits for `ms` milliseconds without yielding, like a blocking `time.sleep` or `requests.get`. */
  export function blockFor(ms: number): void;
  /**
   * Runs a self-contained function in a new Worker (a real thread) and resolves with its result,
   * like Python's `asyncio.to_thread(fn, *args)`. `fn` must not use variables from outside itself.
   */
  export function toThread<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>>;
  /** Labels a piece of work on the timeline and passes its result through. */
  export function span<T>(label: string, work: Promise<T> | (() => Promise<T>)): Promise<T>;
}
