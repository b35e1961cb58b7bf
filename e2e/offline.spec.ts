import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveSite } from '../scripts/serve.mjs';
import { expect, showTwin, test } from './support/site';
import { expectConsole, playground } from './support/playground';

// These tests are about the service worker, which playwright.config.ts blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

const DIST = process.env['E2E_DIST'] ?? 'dist';

/** Resolves once the service worker has installed (its precache is complete) and controls the page. */
async function waitUntilOfflineReady(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready; // an active worker: install, and so the precache, succeeded
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    const names = (await caches.keys()).filter((name) =>
      name.startsWith(`async-lab:${new URL(registration.scope).pathname}:`),
    );
    const cache = await caches.open(names[0] ?? 'none');
    return (await cache.keys()).length;
  });
}

test('after one visit the course works with no network: pages, the editor, running code and httpbin', async ({
  page,
  context,
}) => {
  test.slow(); // the first visit downloads the whole course, ~28 MB
  // A server of its own, so that "offline" can mean the server is gone, not only an emulated flag.
  const server = await serveSite({ dir: DIST });
  try {
    await page.goto(`${server.url}en/lessons/async-http/`);
    expect(await waitUntilOfflineReady(page)).toBeGreaterThan(40);
  } finally {
    await server.close();
  }
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${server.url}en/lessons/event-loop/`);
  const pg = playground(page, 'sequential-vs-concurrent');
  await pg.root.getByRole('button', { name: 'Edit' }).click();
  const editor = pg.root.locator('.monaco-editor');
  await expect(editor).toBeVisible({ timeout: 30_000 }); // ~10 MB of Monaco, read from the cache
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type("\nconsole.log('offline', (await fetch('https://httpbin.org/delay/1')).status);");
  await pg.run.click();
  const ms = await pg.finished('done');
  await expectConsole(pg.console, 'concurrent'); // the example's sleep()s
  await expectConsole(pg.console, 'offline 200');
  expect(ms).toBeGreaterThan(2_400); // 1.5 s + 1 s of sleeps, then 1 s of simulated delay

  // An address that was never built answers with the site's own 404 page, from the cache.
  const missing = await page.goto(`${server.url}en/no-such-page/`);
  expect(missing?.status()).toBe(404);
  await context.setOffline(false);
});

test('a new deploy is offered with a Reload prompt and replaces the old cache', async ({ page }) => {
  test.slow();
  // The "next deploy": the same site whose sw.js has another version, served on the same origin.
  const next = mkdtempSync(join(tmpdir(), 'async-lab-next-'));
  cpSync(DIST, next, { recursive: true, filter: (path) => !/\.(gz|br)$/.test(path) });
  const sw = readFileSync(join(next, 'sw.js'), 'utf8');
  writeFileSync(join(next, 'sw.js'), sw.replace(/"version":"([^"]+)"/, '"version":"$1-next"'));
  const first = await serveSite({ dir: DIST });
  const port = Number(new URL(first.url).port);
  let second: Awaited<ReturnType<typeof serveSite>> | undefined;
  try {
    await page.goto(`${first.url}en/lessons/event-loop/`);
    await waitUntilOfflineReady(page);
    await first.close();
    second = await serveSite({ dir: next, port });
    await page.reload(); // a navigation makes the browser look for a new sw.js

    const prompt = page.getByRole('status').filter({ hasText: 'A new version of the course is available.' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    await expect(page.locator('[data-update-prompt]')).toBeEmpty();
    const caches = await page.evaluate(async () =>
      (await globalThis.caches.keys()).filter((name) => name.startsWith('async-lab:')),
    );
    expect(caches).toHaveLength(1);
    expect(caches[0]).toMatch(/-next$/);
  } finally {
    await second?.close();
    rmSync(next, { recursive: true, force: true });
  }
});

test('with service workers blocked, pages load and code runs', async ({ browser, site }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await showTwin(context, 'typescript');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.url('en/lessons/event-loop/'));
  expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  const pg = playground(page, 'sequential-vs-concurrent');
  await pg.run.click();
  await pg.finished('done');
  await expectConsole(pg.console, 'concurrent');
  await expect(page.locator('[data-update-prompt]')).toBeEmpty();
  expect(errors).toEqual([]);
  await context.close();
});

test('the precache waits until the lesson and the engine warm-up are done, and home pages register too', async ({
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
    else if (/esbuild[^/]*\.wasm$/.test(url)) seen.push('esbuild.wasm');
  });
  page.context().on('requestfinished', (request) => {
    if (!request.serviceWorker() && /esbuild[^/]*\.wasm$/.test(request.url())) seen.push('esbuild.wasm done');
  });
  await page.goto(site.url('en/lessons/event-loop/'));
  await waitUntilOfflineReady(page);
  // The page's own esbuild.wasm came, whole, before the service worker was even fetched.
  expect(seen.slice(0, 3)).toEqual(['esbuild.wasm', 'esbuild.wasm done', 'sw.js']);
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
  const code = `import { sleep } from 'async-lab';\nawait sleep(4_000);\nconsole.log('slept');`;
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
