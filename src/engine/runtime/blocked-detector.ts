import type { Macrotask } from './worker-scope';

/** A synchronous stretch longer than this is drawn as 'blocked' on the timeline (the RAIL "long task" line). */
export const BLOCKED_THRESHOLD_MS = 50;

interface Stretch {
  label: string;
  start: number;
  /** Time spent in blockFor inside this stretch; blockFor draws its own bar. */
  explicitMs: number;
}

/**
 * Finds stretches where the thread never went back to the event loop: from the start of a task the
 * runtime dispatches (the top-level code, a timer callback, a worker message) until the next untracked
 * macrotask, which runs only after the task and every microtask it queued (so code after an `await`
 * counts too). Tasks that run back to back extend one stretch: the thread was busy all along.
 */
export class BlockedDetector {
  readonly #clock: () => number;
  readonly #macrotask: Macrotask;
  readonly #record: (label: string, start: number, end: number) => void;
  #stretch: Stretch | null = null;

  /**
   * @param clock milliseconds since the learner's code started
   * @param record receives a stretch busy for longer than BLOCKED_THRESHOLD_MS
   */
  constructor(clock: () => number, macrotask: Macrotask, record: (label: string, start: number, end: number) => void) {
    this.#clock = clock;
    this.#macrotask = macrotask;
    this.#record = record;
  }

  /** A task starts; `label` says which ("setTimeout callback"). */
  enter(label: string): void {
    if (this.#stretch) return;
    this.#stretch = { label, start: this.#clock(), explicitMs: 0 };
    this.#macrotask(() => this.#close());
  }

  /** blockFor spent `ms` blocking on purpose; that part is not counted twice. */
  explicit(ms: number): void {
    if (this.#stretch) this.#stretch.explicitMs += ms;
  }

  #close(): void {
    const stretch = this.#stretch;
    this.#stretch = null;
    if (!stretch) return;
    const end = this.#clock();
    if (end - stretch.start - stretch.explicitMs > BLOCKED_THRESHOLD_MS)
      this.#record(stretch.label, stretch.start, end);
  }
}
