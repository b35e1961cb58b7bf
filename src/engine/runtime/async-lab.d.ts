/**
 * The lesson runtime: the module learner code imports as "async-lab".
 * Implemented in src/engine/runtime/ (lab.ts); these declarations are also given to the editor.
 */
declare module 'async-lab' {
  /**
   * Resolves after `ms` milliseconds, like Python's `await asyncio.sleep(ms / 1000)`. Other code runs
   * meanwhile; the timeline shows the wait as "sleep(ms)".
   */
  export function sleep(ms: number): Promise<void>;
  /**
   * Busy-waits for `ms` milliseconds without yielding, like a blocking `time.sleep` or `requests.get`:
   * no timer, fetch or other callback can run until it returns. Drawn as a blocked bar on the timeline.
   */
  export function blockFor(ms: number): void;
  /**
   * Runs a self-contained function in a new Worker (a real thread) and resolves with its result,
   * like Python's `asyncio.to_thread(fn, *args)`. `fn` must not use variables from outside itself:
   * pass what it needs as arguments. Arguments and result are copied (structured clone), so they can
   * be plain data but not functions. If `fn` throws, the promise rejects with an error of the same
   * name, message and stack.
   */
  export function toThread<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>>;
  /**
   * Draws `label` on the timeline from now until `work` settles, and passes its result or rejection
   * through. `work` is a promise, or a function returning one (called at once).
   */
  export function span<T>(label: string, work: Promise<T> | (() => Promise<T>)): Promise<T>;
}
