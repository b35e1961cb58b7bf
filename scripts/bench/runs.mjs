// @ts-check
// Measurements 3, 5, 6 and 7: runs in a warm page. The programs are put in a lesson's playgrounds
// as saved code (see installProbe), so the page never loads the editor, as for a reader who only
// presses Run.
import { installProbe, measureFloor, runAll, timeRun, watchFrames } from './in-page.mjs';
import { median, percentile } from './stats.mjs';

const HELLO = `console.log('hello, world');`;
const SLEEP = `import { sleep } from 'async-lab';\n`;
const CONCURRENT = `${SLEEP}await Promise.all([sleep(1000), sleep(1000), sleep(1000)]);\nconsole.log('concurrent');`;
const SEQUENTIAL = `${SLEEP}await sleep(1000);\nawait sleep(1000);\nawait sleep(1000);\nconsole.log('sequential');`;
const flood = (/** @type {number} */ lines) => `for (let i = 0; i < ${lines}; i++) console.log(i);`;
/**
 * Between one warm run's end and the next click; the same pause as the edited runs take after
 * typing. A reader's pace is slower still. With 100 ms, the samples caught the last run's clean-up
 * (its worker ending, the next spare starting): 33-37 ms against 20-21 ms with this pause, on the
 * same page, and above the edited runs' median.
 */
const PAUSE_MS = 600;

/**
 * Waits until the sandbox frame holds a spare worker (its root's data-spare, which the relay sets),
 * as it does long before a reader's next click: on a busy machine the pause alone may not be enough,
 * and the sample would then time a fresh worker's start, not a warm Run.
 * @param {import('@playwright/test').Page} page
 */
async function spareReady(page) {
  await page
    .frameLocator('iframe[sandbox]')
    .locator('html[data-spare="ready"]')
    .waitFor({ state: 'attached', timeout: 5_000 });
}
/** Between the last keystroke and the click on Run: a quick reader's pause. */
const EDIT_PAUSE_MS = PAUSE_MS;

/** @typedef {{ slug: string, ids: string[] }} Lesson */

/**
 * Opens `lesson` in `context` with `programs` saved in its first playgrounds, and waits until the
 * page has warmed up (its first idle period, plus one discarded run of the first playground).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 * @param {Lesson} lesson
 * @param {string[]} programs
 */
async function openWarm(context, url, lesson, programs) {
  if (lesson.ids.length < programs.length)
    throw new Error(`${lesson.slug} has fewer than ${programs.length} playgrounds`);
  /** @type {Record<string, string>} */
  const seeds = {};
  programs.forEach((code, i) => (seeds[`async-lab:code:${lesson.slug}/${lesson.ids[i]}`] = code));
  const page = await context.newPage();
  await page.addInitScript(installProbe, seeds);
  await page.goto(`${url}en/lessons/${lesson.slug}/`);
  await page.waitForFunction(() => /** @type {any} */ (window).__bench?.idleAt !== null);
  return page;
}

/**
 * Measurement 3: hello world, `samples` times, click to first console line; and the floor.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 * @param {Lesson} lesson
 * @param {number} samples
 */
export async function measureWarmRuns(context, url, lesson, samples) {
  const page = await openWarm(context, url, lesson, [HELLO]);
  const id = /** @type {string} */ (lesson.ids[0]);
  for (let i = 0; i < 3; i++) await page.evaluate(timeRun, { id }); // warm-up, not counted
  /** @type {number[]} */
  const runs = [];
  for (let i = 0; i < samples; i++) {
    await page.waitForTimeout(PAUSE_MS);
    await spareReady(page);
    const run = await page.evaluate(timeRun, { id });
    if (run.state !== 'done') throw new Error(`warm run ended in ${run.state}`);
    runs.push(run.firstLineMs);
  }
  // Edited runs: the code changes before every Run, then the reader pauses, as between typing and
  // clicking, and the playground builds in the background meanwhile (Engine.prepare).
  /** @type {number[]} */
  const edited = [];
  for (let i = 0; i < samples; i++) {
    await page.evaluate(
      ({ id, code }) => /** @type {any} */ (document.querySelector(`[data-playground="${id}"]`)).replaceCode(code),
      { id, code: `console.log('hello, world', ${i});` },
    );
    await page.waitForTimeout(EDIT_PAUSE_MS);
    const run = await page.evaluate(timeRun, { id });
    if (run.state !== 'done') throw new Error(`edited run ended in ${run.state}`);
    edited.push(run.firstLineMs);
  }
  const floor = await page.evaluate(measureFloor, samples);
  await page.close();
  const medianMs = median(runs);
  const floorMedianMs = median(floor);
  return {
    samples,
    medianMs,
    p95Ms: percentile(runs, 95),
    floorMedianMs,
    floorP95Ms: percentile(floor, 95),
    ratioToFloor: medianMs / floorMedianMs,
    editedMedianMs: median(edited),
    editedP95Ms: percentile(edited, 95),
    editedRatioToFloor: median(edited) / floorMedianMs,
  };
}

/**
 * Measurement 5: three 1 s sleeps at once (ideal 1000 ms) and one after another (ideal 3000 ms),
 * as the status line reports them; `repeats` times each, medians.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 * @param {Lesson} lesson
 * @param {number} repeats
 */
export async function measureTiming(context, url, lesson, repeats) {
  const page = await openWarm(context, url, lesson, [CONCURRENT, SEQUENTIAL]);
  const [concurrentId, sequentialId] = /** @type {[string, string]} */ (lesson.ids);
  /** @type {number[]} */
  const concurrent = [];
  /** @type {number[]} */
  const sequential = [];
  for (let i = 0; i < repeats; i++) {
    concurrent.push((await page.evaluate(timeRun, { id: concurrentId })).durationMs - 1000);
    sequential.push((await page.evaluate(timeRun, { id: sequentialId })).durationMs - 3000);
  }
  await page.close();
  return { repeats, concurrentErrorMs: median(concurrent), sequentialErrorMs: median(sequential) };
}

/**
 * Measurement 6: `lines` console.log calls; time from the click to the final status and to the
 * last line on screen, and the longest gap between the page's animation frames meanwhile.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 * @param {Lesson} lesson
 * @param {number} lines
 */
export async function measureFlood(context, url, lesson, lines) {
  // Hello world in the second playground, run once and not counted, starts esbuild-wasm: the flood
  // is a saved edit, and without this its run included the compiler's 2 s start.
  const page = await openWarm(context, url, lesson, [flood(lines), HELLO]);
  const id = /** @type {string} */ (lesson.ids[0]);
  await page.evaluate(timeRun, { id: /** @type {string} */ (lesson.ids[1]) });
  // Frames are watched until the last line is on screen: the panel keeps rendering after Done.
  await page.evaluate(watchFrames);
  const run = await page.evaluate(timeRun, { id });
  const last = String(lines - 1);
  const lastLineMs = await page.evaluate(
    ([id, last, clickedAt]) =>
      new Promise((resolve) => {
        const log = document.querySelector(`[data-playground="${id}"] [role="log"]`);
        const check = () => {
          if (log?.lastElementChild?.textContent?.includes(last)) resolve(performance.now() - clickedAt);
          else requestAnimationFrame(check);
        };
        check();
      }),
    /** @type {const} */ ([id, last, run.clickedAt]),
  );
  const longestFrameMs = await page.evaluate(() => {
    const frames = /** @type {any} */ (window).__frames;
    frames.running = false;
    return /** @type {number} */ (frames.longest);
  });
  // Entries arrive late and may include the page's own start-up: keep those of the flood.
  const loaf = await page.evaluate(
    (since) =>
      /** @type {import('./in-page.mjs').Probe} */ (/** @type {any} */ (window).__bench).loaf.filter(
        (e) => e.start >= since,
      ),
    run.clickedAt,
  );
  await page.close();
  return {
    lines,
    state: run.state,
    finishedMs: run.finishedMs,
    lastLineShownMs: /** @type {number} */ (lastLineMs),
    longestFrameMs,
    longAnimationFrames: loaf.length,
    longestAnimationFrameMs: Math.max(0, ...loaf.map((e) => e.duration)),
  };
}

/**
 * Measurement 7: the page's JS heap (main thread, after a forced GC) once loaded, and after every
 * playground of `lesson` has run with its own code. Workers and the sandbox frame have heaps of
 * their own, in other isolates, and are not counted here.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 * @param {Lesson} lesson
 */
export async function measureMemory(context, url, lesson) {
  const page = await openWarm(context, url, lesson, []);
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const loaded = await heap();
  const states = await page.evaluate(runAll);
  const afterRuns = await heap();
  await page.close();
  return {
    slug: lesson.slug,
    playgrounds: states.length,
    states,
    heapLoadedBytes: loaded,
    heapAfterRunsBytes: afterRuns,
  };
}
