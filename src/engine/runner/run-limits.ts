/**
 * The limits the page holds a run and its sandbox to: how long the frame may take to answer, a run
 * to start, and its worker to stay silent, and which duration to believe. Kept apart from
 * sandbox-host.ts, which enforces them, so the numbers and their reasons read in one place.
 */
export const PING_TIMEOUT_MS = 1_500;
/** Clock granularity between the worker's and the page's measures of the same stretch. */
const DURATION_SLACK_MS = 50;

/**
 * The worker's duration, unless it cannot be true. The runtime keeps its own clock out of the
 * learner's reach, so this only matters if that ever fails: a run must never read "Done in -1 781 ms".
 *
 * What the page saw pass since it posted the run bounds the run from above; the time since the
 * page heard 'started' does not: a page that was busy then (Monaco evaluating took 5–10 s on a
 * loaded machine) hears it late, and a 0.6 s run read as "Done in 21 ms". That shorter measure is
 * only the stand-in when the worker's figure is out of bounds.
 */
export function plausibleDuration(reported: number, sincePosted: number, sinceHeardStarted: number): number {
  return reported >= 0 && reported <= sincePosted + DURATION_SLACK_MS ? reported : sinceHeardStarted;
}
/** A pong this recent proves the frame alive; engine.run pings while esbuild builds, so Run does not wait twice. */
export const FRESH_PONG_MS = 1_000;
export const START_TIMEOUT_MS = 10_000;
/**
 * A Python run starts once its interpreter has booted; the first one of a frame also compiles
 * Pyodide's wasm. That takes about 1 s, but many times more on a busy machine, which is not a hang:
 * the worker beats while it boots, and each beat gives it this long again.
 */
export const PYTHON_START_TIMEOUT_MS = 30_000;
/**
 * A run that has sent nothing, not even a beat (every 500 ms while its event loop turns), for this
 * long is ended: its code never yields (an endless loop) or it is running out of memory, which in
 * Chromium first stalls the worker in garbage collection and then crashes the sandbox's process.
 * Lessons block on purpose for at most 2 s, and blockFor keeps beating while it does.
 */
export const NOT_RESPONDING_MS = 5_000;
