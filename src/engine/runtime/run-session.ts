import { message } from '../messages';
import type { Delay, Macrotask } from './worker-scope';
import { NativePromise, pushItem } from './intrinsics';

/** How long "nothing pending, top-level still waiting" must hold before the run is ended with a warning. */
export const STUCK_GRACE_MS = 20;

/** Shown (in English by default) when the top-level code waits on a promise that nothing left pending can ever settle. */
export const STUCK_WARNING = message('en', 'run.stuck');

/** How a run ended. */
export interface RunEnd {
  /** Milliseconds from the start of the learner's code until nothing was left pending. */
  durationMs: number;
  warning?: string;
}

export interface RunSessionOptions {
  /** Milliseconds since the learner's code started. */
  clock: () => number;
  /** Untracked macrotask: the check runs after the microtasks queued so far, so `await` chains finish first. */
  macrotask: Macrotask;
  /** Untracked timer for the short grace before declaring the top-level await stuck. */
  delay: Delay;
  onDone: (end: RunEnd) => void;
  /** The stuck warning in the page's language; STUCK_WARNING when absent. */
  stuckWarning?: string;
}

/**
 * Decides when a run is Done: the top-level code has settled and no tracked work (timers, intervals,
 * fetches, workers) is pending — as Node.js exits when its event loop is empty. No polling: a check is
 * queued only when the pending count reaches zero, when the top-level code settles, or on `kick()`.
 */
export class RunSession {
  readonly #options: RunSessionOptions;
  #pending = 0;
  /** Bumped whenever work starts, so a stale "stuck" verdict from before it is not trusted. */
  #epoch = 0;
  #settled = false;
  #finished = false;
  #checkQueued = false;
  /** Exercise checks waiting for the learner's work to drain (see whenIdle). */
  #idleWaiters: ((idleAt: number) => void)[] = [];

  constructor(options: RunSessionOptions) {
    this.#options = options;
  }

  /** True once Done was reported; everything after that is ignored. */
  get finished(): boolean {
    return this.#finished;
  }

  /** Number of tracked operations still pending. */
  get pending(): number {
    return this.#pending;
  }

  /** Counts one operation as pending; call the returned function (any number of times) when it is over. */
  hold(): () => void {
    if (this.#finished) return () => {};
    this.#pending++;
    this.#epoch++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#pending--;
      if (this.#pending === 0) this.kick();
    };
  }

  /** The learner's top-level code has resolved or rejected. */
  settle(): void {
    this.#settled = true;
    this.kick();
  }

  /**
   * Resolves, with the time it happened, once nothing tracked is pending. The exercise harness awaits
   * it from the top level, so while it waits the run is neither Done nor stuck.
   */
  whenIdle(): Promise<number> {
    return new NativePromise((resolve) => {
      pushItem(this.#idleWaiters, resolve);
      this.kick();
    });
  }

  /** Queues a Done check (at most one at a time). Call it after the top-level code's synchronous part. */
  kick(): void {
    if (this.#checkQueued || this.#finished) return;
    this.#checkQueued = true;
    this.#options.macrotask(() => this.#check());
  }

  #check(): void {
    this.#checkQueued = false;
    if (this.#finished || this.#pending > 0) return;
    const epoch = this.#epoch;
    const idleAt = this.#now();
    const stillIdle = () => !this.#finished && this.#pending === 0 && this.#epoch === epoch;
    if (!this.#settled && this.#idleWaiters.length > 0) {
      this.#options.macrotask(() => {
        if (!stillIdle()) return;
        const waiters = this.#idleWaiters;
        this.#idleWaiters = [];
        for (let i = 0; i < waiters.length; i++) waiters[i]?.(idleAt);
      });
      return;
    }
    if (this.#settled) {
      // One more hop: browsers fire unhandledrejection from a task queued at the microtask checkpoint,
      // which may come after this check; it must still be counted before Done.
      this.#options.macrotask(() => {
        if (stillIdle()) this.#finish({ durationMs: idleAt });
      });
      return;
    }
    // Something untracked (a message on a port the learner made, crypto.subtle) may still settle the
    // top-level await; a short grace keeps those from being called stuck, and costs nothing otherwise.
    this.#options.delay(() => {
      if (stillIdle() && !this.#settled)
        this.#finish({ durationMs: idleAt, warning: this.#options.stuckWarning ?? STUCK_WARNING });
    }, STUCK_GRACE_MS);
  }

  #now(): number {
    return Math.round(this.#options.clock());
  }

  #finish(end: RunEnd): void {
    this.#finished = true;
    this.#options.onDone(end);
  }
}
