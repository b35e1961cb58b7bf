import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveSite } from '../scripts/serve.mjs';
import { expect, showTwin, test } from './support/site';
import { expectConsole, playground } from './support/playground';
import { waitUntilOfflineReady } from './support/service-worker';

// These tests are about the service worker, which playwright.config.ts blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

const DIST = process.env['E2E_DIST'] ?? 'dist';

test('after one visit every lesson reads offline, and the first visit fetched no engine', async ({ page, context }) => {
  test.slow();
  const heavy: string[] = [];
  context.on('request', (request) => {
    if (/monaco|editor\.api|ts\.worker|\.wasm$|pyodide-/.test(request.url())) heavy.push(request.url());
  });
  // A server of its own, so that "offline" can mean the server is gone, not only an emulated flag.
  const server = await serveSite({ dir: DIST });
  try {
    await page.goto(`${server.url}en/lessons/async-http/`);
    expect(await waitUntilOfflineReady(page)).toBeGreaterThan(40);
  } finally {
    await server.close();
  }
  // The precache is the pages with their CSS and scripts, not the editor, the compiler or Python.
  expect(heavy).toEqual([]);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A lesson this reader never opened, in the other language too.
  await page.goto(`${server.url}zh-cn/lessons/event-loop/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${server.url}en/lessons/event-loop/`);
  await expect(playground(page, 'sequential-vs-concurrent').root.locator('pre.astro-code')).toBeVisible();
  // The offer is there for what is not cached yet.
  await expect(
    page.getByRole('button', { name: /^Make the whole course available offline \(\d+\.\d MB\)$/ }),
  ).toBeVisible();

  // An address that was never built answers with the site's own 404 page, from the cache.
  const missing = await page.goto(`${server.url}en/no-such-page/`);
  expect(missing?.status()).toBe(404);
  await context.setOffline(false);
});

test('the reader makes the whole course available offline; offline, the editor, Runs and httpbin work; removal', async ({
  page,
  context,
}) => {
  test.slow(); // the whole course is ~12 MB
  const server = await serveSite({ dir: DIST });
  try {
    await page.goto(`${server.url}en/lessons/async-http/`);
    await waitUntilOfflineReady(page);
    const offer = page.getByRole('button', { name: /^Make the whole course available offline/ });
    await offer.scrollIntoViewIfNeeded();
    await offer.click();
    const status = page.locator('[data-offline-status]');
    await expect(page.locator('[data-offline-progress]')).toBeVisible();
    await expect(status).toContainText('The whole course is available offline', { timeout: 60_000 });
    await expect(page.getByRole('button', { name: 'Remove the offline copy' })).toBeVisible();
  } finally {
    await server.close();
  }
  await context.setOffline(true);

  await page.reload();
  // After a reload the control still knows.
  await expect(page.locator('[data-offline-status]')).toContainText('The whole course is available offline');
  await page.goto(`${server.url}en/lessons/event-loop/`);
  const pg = playground(page, 'sequential-vs-concurrent');
  await pg.root.getByRole('button', { name: 'Edit' }).click();
  const editor = pg.root.locator('.monaco-editor');
  await expect(editor).toBeVisible({ timeout: 30_000 }); // Monaco, read from the cache
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type("\nconsole.log('offline', (await fetch('https://httpbin.org/delay/1')).status);");
  await pg.run.click();
  const ms = await pg.finished('done');
  await expectConsole(pg.console, 'concurrent'); // the example's sleep()s
  await expectConsole(pg.console, 'offline 200');
  expect(ms).toBeGreaterThan(2_400); // 1.5 s + 1 s of sleeps, then 1 s of simulated delay

  await page.getByRole('button', { name: 'Remove the offline copy' }).click();
  await expect(page.locator('[data-offline-status]')).toContainText('The offline copy was removed.');
  await expect(page.getByRole('button', { name: /^Make the whole course available offline/ })).toBeVisible();
  const left = await page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith('async-lab:'));
    const cache = await caches.open(name ?? 'none');
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
  expect(left.filter((path) => /editor\.api|esbuild|quick-bundle/.test(path))).toEqual([]);
  expect(left).toContain('/en/lessons/event-loop/');
  await context.setOffline(false);
});

test('a download that fails midway says so, keeps what it stored, and Retry finishes it', async ({ page }) => {
  test.slow();
  // The same site, with one file of the whole course missing on the server.
  const broken = mkdtempSync(join(tmpdir(), 'async-lab-broken-'));
  cpSync(DIST, broken, { recursive: true, filter: (path) => !/\.(gz|br)$/.test(path) });
  const missing = readdirSync(join(broken, '_astro')).find((file) => file.startsWith('ts.worker'));
  if (!missing) throw new Error('no ts.worker in the build');
  rmSync(join(broken, '_astro', missing));
  const first = await serveSite({ dir: broken });
  const port = Number(new URL(first.url).port);
  let second: Awaited<ReturnType<typeof serveSite>> | undefined;
  try {
    await page.goto(`${first.url}zh-cn/lessons/event-loop/`);
    await waitUntilOfflineReady(page);
    const offer = page.getByRole('button', { name: /^下载整个课程以便离线使用（\d+\.\d MB）$/ });
    await offer.click();
    const status = page.locator('[data-offline-status]');
    await expect(status).toContainText('下载中断：网络连接失败', { timeout: 60_000 });
    const retry = page.getByRole('button', { name: /^重试/ });
    await expect(retry).toBeEnabled();
    const stored = await page.evaluate(async () => {
      const name = (await caches.keys()).find((key) => key.startsWith('async-lab:'));
      const cache = await caches.open(name ?? 'none');
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    });
    expect(stored.some((path) => /esbuild.*\.wasm$/.test(path))).toBe(true); // kept

    await first.close();
    second = await serveSite({ dir: DIST, port });
    await retry.click();
    await expect(status).toContainText('整个课程已可离线使用', { timeout: 60_000 });
  } finally {
    await first.close().catch(() => undefined);
    await second?.close();
    rmSync(broken, { recursive: true, force: true });
  }
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
