// @ts-check
// Measurement 10: the gradebook. A teacher pastes a class's submission links and presses Verify;
// issue 16 asks for 30 in under 2 minutes with the page responsive throughout. The links are made
// the way a student's browser makes them (the builder's assignment with its solution, a checksum
// over the JSON), half solved, half the starter (work in progress), so both kinds of run are timed.
import { createHash } from 'node:crypto';
import lz from 'lz-string';

/** @param {string} head the open page's URL @param {unknown} data */
function submissionLink(head, data) {
  const json = JSON.stringify(data);
  return `${head}#s=${lz.compressToEncodedURIComponent(`${createHash('sha256').update(json).digest('hex')}\n${json}`)}`;
}

/** Runs in the page: long tasks and the longest gap between animation frames from now on. */
function watchResponsiveness() {
  /** @type {{ longTasks: number[], longestFrameGap: number }} */
  const seen = { longTasks: [], longestFrameGap: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const frame = (/** @type {number} */ now) => {
    seen.longestFrameGap = Math.max(seen.longestFrameGap, now - last);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  Object.assign(window, { __gradebookBench: seen });
}

/**
 * Runs in the page: presses Verify and resolves, by the page's clock, when the status says the batch
 * is done (every row has its verdict).
 */
function verifyAll() {
  return new Promise((resolve) => {
    const status = /** @type {HTMLElement} */ (document.querySelector('[data-grade-status]'));
    const started = performance.now();
    const done = () => document.querySelectorAll('[data-gradebook] tbody tr[data-verified]').length;
    const observer = new MutationObserver(() => {
      if (!/^Done:/.test(status.textContent ?? '')) return;
      observer.disconnect();
      resolve({ ms: performance.now() - started, rows: done() });
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    /** @type {HTMLButtonElement} */ (document.querySelector('[data-action="verify"]')).click();
  });
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ url: string }} server
 * @param {number} count how many submissions
 */
export async function measureGradebook(browser, server, count) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}en/assign/?exercise=concurrent-fetches`);
  await page.getByLabel(/Put the reference solution in the link/).check();
  const link = await page.locator('[data-assign-link]').inputValue();
  if (!link.includes('#a=')) throw new Error('the builder made no assignment link');
  const text = lz.decompressFromEncodedURIComponent(link.slice(link.indexOf('#a=') + 3));
  /** @type {{ starter: string, solution?: string, checkLabels: Record<string, string> }} */
  const assignment = JSON.parse(text.slice(text.indexOf('\n') + 1));
  if (!assignment.solution) throw new Error('the assignment link carries no solution');
  const names = Object.keys(assignment.checkLabels);
  const head = `${server.url}en/assign/open/`;
  const links = Array.from({ length: count }, (_, i) => {
    const solved = i % 2 === 0;
    return submissionLink(head, {
      v: 2,
      student: { name: `Student ${i + 1}` },
      assignment,
      code: solved ? assignment.solution : assignment.starter,
      results: names.map((name) => ({ name, status: solved ? 'passed' : 'failed' })),
      submittedAt: new Date(Date.UTC(2026, 0, 1, 9, i)).toISOString(),
    });
  });

  await page.goto(`${server.url}en/assign/grade/`);
  await page.getByLabel('Submission links', { exact: true }).fill(links.join('\n'));
  await page.evaluate(watchResponsiveness);
  const run = /** @type {{ ms: number, rows: number }} */ (await page.evaluate(verifyAll));
  if (run.rows !== count) throw new Error(`the gradebook verified ${run.rows} of ${count} rows`);
  /** @type {{ longTasks: number[], longestFrameGap: number }} */
  const seen = await page.evaluate(() => /** @type {any} */ (window).__gradebookBench);
  const verdicts = await page
    .locator('[data-gradebook] tbody tr[data-verified]')
    .evaluateAll((rows) => rows.map((row) => /** @type {HTMLElement} */ (row).dataset['verified']));
  await context.close();
  return {
    submissions: count,
    totalMs: run.ms,
    perSubmissionMs: run.ms / count,
    longestTaskMs: Math.max(0, ...seen.longTasks),
    longTasks: seen.longTasks.length,
    longestFrameGapMs: seen.longestFrameGap,
    agreed: verdicts.filter((v) => v === 'yes').length,
  };
}
