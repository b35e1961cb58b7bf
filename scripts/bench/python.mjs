// @ts-check
// Measurement 8: Python. The first Python run from a cold cache on the standalone Python playground
// (where Pyodide starts loading at once, as a reader who opened it came to run Python), the bytes
// that run needed, and warm runs of print('hi') against the TypeScript warm run of measurement 3.
import lz from 'lz-string';
import { timeRun } from './in-page.mjs';
import { median, percentile } from './stats.mjs';

const HELLO = `print('hi')`;
/** The editor loads after the engine is warm on a playground page; its bytes are not the run's. */
const EDITOR = /monaco|editor\.api|editor\.worker|ts\.worker|tsMode|codicon/i;

/** @typedef {import('./server.mjs').RequestRecord} RequestRecord */

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ url: string, log: RequestRecord[], resetLog(): void }} server
 * @param {number} samples warm runs after the first
 */
export async function measurePython(browser, server, samples) {
  // Blocked: the service worker would precache the course meanwhile, which is no part of the run.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  server.resetLog();
  await page.goto(`${server.url}en/playground/python/#code/${lz.compressToEncodedURIComponent(HELLO)}`, {
    waitUntil: 'commit',
  });
  const first = await page.evaluate(timeRun, { id: 'main', clickWhenReady: true });
  if (first.state !== 'done') throw new Error(`the first Python run ended in ${first.state}`);
  const needed = server.log.filter((r) => !EDITOR.test(r.path));
  const pyodideBytes = needed.filter((r) => r.path.includes('pyodide-')).reduce((t, r) => t + r.bytes, 0);

  /** @type {number[]} */
  const warm = [];
  for (let i = 0; i < samples; i++) {
    // A reader reads the output before running again; meanwhile the next spare interpreter boots.
    await page.waitForTimeout(3_000);
    const run = await page.evaluate(timeRun, { id: 'main' });
    if (run.state !== 'done') throw new Error(`a warm Python run ended in ${run.state}`);
    warm.push(run.firstLineMs);
  }
  await context.close();
  return {
    clickToFirstLineMs: first.firstLineMs,
    navigationToFirstLineMs: first.clickedAt + first.firstLineMs,
    bytesNeeded: needed.reduce((t, r) => t + r.bytes, 0),
    pyodideBytes,
    encodings: [...new Set(needed.filter((r) => r.path.includes('pyodide-')).map((r) => r.encoding))],
    warmSamples: samples,
    warmMedianMs: median(warm),
    warmP95Ms: percentile(warm, 95),
  };
}
