/** The longest single wait: the page ends a run that sends nothing for 5 s (NOT_RESPONDING_MS). */
export const BLOCK_SLICE_MS = 500;

/** What a blocking sleep needs: a wait that blocks the thread, the clock, and the run's heartbeat. */
export interface BlockingSleepDeps {
  /** Blocks the thread for at most `ms` (Atomics.wait), without burning the core. */
  wait(ms: number): void;
  now(): number;
  beat(): void;
}

/**
 * Blocks for `ms` in slices of at most BLOCK_SLICE_MS, with a beat after each, so `time.sleep(8)`
 * blocks the whole 8 s, as in CPython, without the page taking it for a hung worker.
 */
export function blockingSleep(deps: BlockingSleepDeps, ms: number): void {
  const end = deps.now() + ms;
  for (let left = ms; left > 0; left = end - deps.now()) {
    deps.wait(Math.min(left, BLOCK_SLICE_MS));
    if (end - deps.now() > 0) deps.beat();
  }
}
