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

/**
 * Exercise checks: the module an exercise's checks.ts imports. Checks run in the sandbox, after the
 * learner's code and everything it started have finished.
 */
declare module 'async-lab/check' {
  export interface LoggedLine {
    /** ms since the learner's code started */
    time: number;
    kind: 'log' | 'info' | 'warn' | 'error' | 'debug' | 'system';
    text: string;
  }
  export interface RecordedRequest {
    method: string;
    url: string;
    simulated: boolean;
    start: number;
    end: number | null;
  }
  export interface RecordedSpan {
    kind: 'timer' | 'fetch' | 'worker' | 'span' | 'blocked';
    label: string;
    start: number;
    end: number | null;
  }
  export interface CheckContext {
    /** What the learner's main.ts exports. */
    exports: Record<string, unknown>;
    /** ms from the start of the learner's code until it and everything it started had finished. */
    elapsedMs: number;
    /** Console output so far, as plain text (read again after an await to see what came since). */
    readonly logs: readonly LoggedLine[];
    /**
     * Timeline spans finished so far: timers, fetches, workers, labelled spans, blocked stretches.
     * Read after awaiting a learner export, it includes the spans that call made.
     */
    readonly spans: readonly RecordedSpan[];
    /** The fetches finished so far (simulated httpbin ones included). */
    readonly requests: readonly RecordedRequest[];
    /** The page's language: write what a check says to the learner in it (see `say`). */
    locale: 'zh-cn' | 'en';
    /** The message for the page's language: `assert(ok, ctx.say({ en: '…', 'zh-cn': '…' }))`. */
    say(messages: { en: string; 'zh-cn': string }): string;
    /** Milliseconds as the console and status bar write them: "1 009 ms". */
    ms(value: number): string;
    /** The run's clock in ms, the one `start` and `end` of spans, logs and requests are on. */
    now(): number;
    /** Runs `work` (e.g. a learner export) and measures it. */
    time<T>(work: () => T | Promise<T>): Promise<{ value: Awaited<T>; ms: number }>;
  }
  /** Registers a check; it passes unless it throws or rejects. Shown to the learner by `name`. */
  export function check(name: string, fn: (ctx: CheckContext) => void | Promise<void>): void;
  /** Throws `message` unless `condition` holds. */
  export function assert(condition: unknown, message: string): asserts condition;
  /** Throws unless both values serialize to the same JSON. */
  export function assertEqual<T>(actual: T, expected: T, message?: string): void;
  /**
   * The most spans open at one moment (an end at the very moment another starts does not overlap
   * it; an end of null is still open): how many workers, requests or timers ran at once.
   */
  export function mostAtOnce(spans: readonly { start: number; end: number | null }[]): number;
}
