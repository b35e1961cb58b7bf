/**
 * Lessons whose examples measure the loop itself: blocked-loop's lag monitor and watchdog report
 * any delay over 150 ms, and its fixed examples claim they stay quiet. Beside another test on a
 * loaded machine the page's own loop lags that much with no blocking code at all (CI, and a run of
 * two workers here: "the lag monitor spoke 1 time(s)"), so their tests run with the CPU-heavy
 * project, last and one at a time (playwright.config.ts).
 */
const TIMING_SENSITIVE_LESSONS: ReadonlySet<string> = new Set(['blocked-loop']);

/**
 * True for a lesson whose examples need the machine to themselves: those that give an example more
 * time than the default (`timeLimitMs`: processes doing real work on every core) and those above.
 */
export const isCpuHeavyLesson = (slug: string, source: string): boolean =>
  source.includes('timeLimitMs') || TIMING_SENSITIVE_LESSONS.has(slug);
