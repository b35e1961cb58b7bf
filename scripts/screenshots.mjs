// @ts-check
// `node scripts/with-node.mjs node scripts/screenshots.mjs`: the zh-cn screenshots in docs/screenshots/
// (a lesson after a run, an exercise with failed checks, the assignment builder's errors), at 360 and
// 1280 px, light and dark, from the built dist/. For people to look at; no test reads them.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../e2e/support/chromium.ts';
import { serveSite } from './serve.mjs';

const site = await serveSite({ dir: 'dist' });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
mkdirSync('docs/screenshots', { recursive: true });

/** @type {Record<string, (page: import('@playwright/test').Page) => Promise<void>>} */
const scenes = {
  async lesson(page) {
    await page.goto(`${site.url}zh-cn/lessons/event-loop/`);
    const pg = page.locator('[data-playground="sequential-vs-concurrent-py"]');
    await pg.getByRole('button', { name: '运行', exact: true }).click();
    await pg.locator('[role="status"][data-duration-ms]').waitFor({ timeout: 60_000 });
    await pg.scrollIntoViewIfNeeded();
  },
  async exercise(page) {
    await page.goto(`${site.url}zh-cn/exercises/concurrent-fetches/`);
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.locator('[data-checks-summary][data-total]').waitFor({ timeout: 60_000 });
    await page.locator('[data-results]').scrollIntoViewIfNeeded();
  },
  async builder(page) {
    await page.goto(`${site.url}zh-cn/assign/`);
    await page.locator('select[name="from"]').selectOption(''); // a blank assignment: what to fill in
    await page.locator('[data-assign-error]').waitFor();
  },
};

for (const [name, scene] of Object.entries(scenes))
  for (const width of [360, 1280])
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({
        viewport: { width, height: width === 360 ? 740 : 900 },
        ...(width === 360 ? { isMobile: true, hasTouch: true } : {}),
        colorScheme: /** @type {'light' | 'dark'} */ (theme),
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      await scene(page);
      await page.waitForTimeout(500);
      const path = `docs/screenshots/${name}-zh-cn-${width}-${theme}.png`;
      await page.screenshot({ path });
      console.log(path);
      await context.close();
    }
await browser.close();
await site.close();
