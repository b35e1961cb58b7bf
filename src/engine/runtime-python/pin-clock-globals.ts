/**
 * Pyodide's C library (Emscripten) reads the time through the worker's globals, `Date.now()` and
 * `performance.now()`, looked up on every call, also while Python prints. A program that replaced
 * one through `import js` (`js.Date.now = create_proxy(…)`) had Python called back without the
 * interpreter's lock: the run ended with "Attempted to use PyProxy when Python GIL not held" and
 * every later line was lost. Pinned before the program runs, such an assignment raises a
 * JsException at the learner's own line instead, saying why, and the run goes on.
 *
 * The interpreter serves one run and is then thrown away, so pinning for good costs nothing.
 */
export function pinClockGlobals(scope: { Date: DateConstructor; performance: Performance }): void {
  // An accessor whose setter throws: Pyodide assigns in sloppy mode, where a read-only value
  // would ignore the assignment without a word and the program would believe it had worked.
  const pin = (target: object, key: string, name: string, value: unknown): void => {
    Object.defineProperty(target, key, {
      get: () => value,
      set: () => {
        throw new TypeError(
          `${name} cannot be replaced in this sandbox: Python's own clock reads it (time.time, time.monotonic).`,
        );
      },
      configurable: false,
      enumerable: false,
    });
  };
  const { Date: DateConstructor, performance } = scope;
  pin(DateConstructor, 'now', 'Date.now', DateConstructor.now);
  pin(performance, 'now', 'performance.now', performance.now.bind(performance));
  pin(scope, 'Date', 'Date', DateConstructor);
  pin(scope, 'performance', 'performance', performance);
}
