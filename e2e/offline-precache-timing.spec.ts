import type { Page } from '@playwright/test';
import { expect, test } from './support/site';
import { expectConsole, playground } from './support/playground';
import { waitUntilOfflineReady } from './support/service-worker';

/**
 * When the service worker's precache starts: never while the reader's engine warms up or their code
 * runs, so the course's ~1 MB does not compete with what the reader asked for (offline.spec.ts has
 * what the precache holds and what reads offline).
 */

/** The page's quick compiler (src/engine/bundler/quick-bundle.ts), which a saved edit's warm-up loads. */
const QUICK_CHUNK = /\/quick-bundle\.[^/]*\.js$/;

// These tests are about the service worker, which playwright.config.ts blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

/**
 * Makes every page of `page` behave as if the reader went for a TypeScript playground while the page
 * was still loading (a pointer over it), so its engine warm-up starts before the page settles.
 */
async function goForAPlaygroundAtOnce(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      for (const playground of document.querySelectorAll('async-playground[data-language="typescript"]')) {
        playground.dispatchEvent(new PointerEvent('pointerenter'));
      }
    });
  });
}

test('the precache waits until the reader’s engine warm-up is done, and home pages register too', async ({
  browser,
  page,
  site,
}) => {
  test.slow();
  const seen: string[] = [];
  page.context().on('request', (request) => {
    const url = request.url();
    if (url.endsWith('/sw.js')) seen.push('sw.js');
    else if (request.serviceWorker()) seen.push('precache');
    else if (QUICK_CHUNK.test(url)) seen.push('compiler');
  });
  page.context().on('requestfinished', (request) => {
    if (!request.serviceWorker() && QUICK_CHUNK.test(request.url())) seen.push('compiler done');
  });
  // The reader goes for a playground at once: the engine warms up, and the precache waits for it.
  // The playground holds a saved edit, which has no prebuilt bundle: its warm-up loads the compiler
  // (the quick path: a lone main.ts).
  await page.addInitScript(() => {
    if (window === window.top)
      localStorage.setItem('async-lab:code:event-loop/sequential-vs-concurrent', "console.log('mine');");
  });
  await goForAPlaygroundAtOnce(page);
  await page.goto(site.url('en/lessons/event-loop/'));
  await waitUntilOfflineReady(page);
  // The page's own compiler came, whole, before the service worker was even fetched.
  expect(seen.slice(0, 3)).toEqual(['compiler', 'compiler done', 'sw.js']);
  expect(seen).toContain('precache');

  // A page with no playground does not wait for an engine it never starts.
  const home = await browser.newContext({ serviceWorkers: 'allow' });
  const homePage = await home.newPage();
  await homePage.goto(site.url('en/'));
  expect(await waitUntilOfflineReady(homePage)).toBeGreaterThan(40);
  await home.close();
});

test('the precache does not start while the reader’s code runs', async ({ page, site }) => {
  test.slow();
  // A lesson whose first playground holds saved code that sleeps 4 s, clicked as soon as it can
  // be: the engine's warm-up then ends during the run, when the service worker would otherwise start.
  // The warm-up fetches the compiler for the saved code, held back here for 2 s, as a slow network
  // would, so that it is still going when the click comes (the quick path's ~75 KB arrive from
  // localhost before the test can click).
  const code = `import { sleep } from 'async-lab';\nawait sleep(4_000);\nconsole.log('slept');`;
  await page.route(QUICK_CHUNK, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  await page.addInitScript((saved) => {
    if (window === window.top) localStorage.setItem('async-lab:code:event-loop/sequential-vs-concurrent', saved);
    // Epoch ms, comparable with Date.now() in the test.
    const now = (): number => performance.timeOrigin + performance.now();
    const times = { warm: 0, ended: 0 };
    (window as unknown as { times: typeof times }).times = times;
    // Both times are taken here, in the page, as they happen: the test's own polling of the status
    // can notice the end up to a second late.
    // The document, not <html>: an init script runs before the parser has made <html>.
    new MutationObserver(() => {
      if (document.documentElement.hasAttribute('data-engine-warm')) times.warm ||= now();
      const status = document.querySelector<HTMLElement>(
        '[data-playground="sequential-vs-concurrent"] [role="status"]',
      );
      if (status?.dataset['state'] === 'done') times.ended ||= now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-engine-warm', 'data-state'] });
  }, code);
  await goForAPlaygroundAtOnce(page);
  let registeredAt = 0;
  page.context().on('request', (request) => {
    if (request.url().endsWith('/sw.js')) registeredAt ||= Date.now();
  });
  await page.goto(site.url('en/lessons/event-loop/'));
  const pg = playground(page, 'sequential-vs-concurrent');
  await pg.run.click();
  await pg.finished('done');
  await expectConsole(pg.console, 'slept');
  await waitUntilOfflineReady(page);
  const times = await page.evaluate(() => (window as unknown as { times: { warm: number; ended: number } }).times);
  // The warm-up ended well before the run did, so the wait for the run is what held the precache
  // back. (registeredAt is when the test heard of the request: if anything, later than it was.)
  expect(times.warm).toBeGreaterThan(0);
  expect(times.ended).toBeGreaterThan(0);
  expect(times.warm).toBeLessThan(times.ended - 1_000);
  expect(registeredAt).toBeGreaterThan(times.ended);
});
