// @ts-check
// Measurement 9: what a first visit costs a reader who only reads (the page, its files and the
// service worker's precache of every page), and what "Make the whole course available offline"
// adds. Bytes as the bench's server sent them (compressed), service worker requests included.
import { networkQuiet } from './lesson-load.mjs';

/** The editor, the compiler and Python: none of them belongs to a first visit. */
const HEAVY = /monaco|editor\.api|editor\.worker|ts\.worker|tsMode|codicon|\.wasm$|pyodide-|python-worker/i;

/** @typedef {import('./server.mjs').RequestRecord} RequestRecord */
/** @param {RequestRecord[]} records */
const sum = (records) => records.reduce((total, r) => total + r.bytes, 0);

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ url: string, log: RequestRecord[], resetLog(): void }} server
 * @param {{ slug: string }} lesson
 */
export async function measureOffline(browser, server, { slug }) {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  server.resetLog();
  await page.goto(`${server.url}en/lessons/${slug}/`, { waitUntil: 'load' });
  // Installed and in control: the precache is complete.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
  await networkQuiet(server);
  const visit = [...server.log];

  server.resetLog();
  const started = Date.now();
  await page.locator('[data-offline-get]').click();
  await page.locator('[data-offline-remove]').waitFor({ state: 'visible', timeout: 120_000 });
  const offlineMs = Date.now() - started;
  const offline = [...server.log];
  const status = await page.locator('[data-offline-status]').textContent();
  await context.close();
  return {
    slug,
    firstVisitBytes: sum(visit),
    firstVisitRequests: visit.length,
    firstVisitHeavy: visit.filter((r) => HEAVY.test(r.path)).map((r) => r.path),
    offlineBytes: sum(offline),
    offlineRequests: offline.length,
    offlineMs,
    status,
  };
}
