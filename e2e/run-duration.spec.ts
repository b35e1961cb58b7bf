import type { Page } from '@playwright/test';
import lz from 'lz-string';
import { expect, test } from './support/site';
import { playground, playgroundUrl } from './support/playground';

/**
 * The duration a run reports is the worker's own measure of it. The page only overrules that figure
 * when it cannot be true, and it must judge that from when it posted the run, not from when the
 * worker's 'started' message reached it: a page busy at that moment (an editor mounting, a long
 * layout) hears it late. The tasks lesson's cancel example once read "Done in 21 ms" for a 0.6 s run.
 */

/**
 * From the next run on, the page reads the worker's 'started' message `ms` late, as a page whose main
 * thread is busy just then (Monaco evaluating: 5–10 s on a loaded machine) does. The worker meanwhile
 * runs on. The delay sits in front of the page's own handler of the run's port.
 */
async function hearStartedLate(page: Page, ms: number): Promise<void> {
  await page.evaluate((lateMs) => {
    (window as unknown as { startedLateMs: number }).startedLateMs = lateMs;
  }, ms);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const onmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
    if (!onmessage?.set) return;
    const set = onmessage.set;
    Object.defineProperty(MessagePort.prototype, 'onmessage', {
      ...onmessage,
      set(this: MessagePort, handler: ((event: MessageEvent) => void) | null) {
        if (typeof handler !== 'function') return set.call(this, handler);
        set.call(this, function (this: MessagePort, event: MessageEvent) {
          const late = (window as unknown as { startedLateMs?: number }).startedLateMs ?? 0;
          if (late > 0 && (event.data as { type?: unknown } | null)?.type === 'started') {
            const end = performance.now() + late;
            while (performance.now() < end) {
              // busy, as the page was
            }
          }
          handler.call(this, event);
        });
      },
    });
  });
});

test.describe('a run that starts while the page is busy', () => {
  test.describe.configure({ timeout: 120_000 });

  test('TypeScript: a 1 s program reads about 1 s, not the time since the page heard it start', async ({
    page,
    site,
  }) => {
    await page.goto(playgroundUrl(site.url, `await new Promise((r) => setTimeout(r, 1000));\nconsole.log('slept');`));
    const pg = playground(page);
    // A first run warms the bundler and the spare worker, so the timed one starts at once.
    await pg.run.click();
    await pg.finished('done');
    await hearStartedLate(page, 700);
    await pg.run.click();
    const ms = await pg.finished('done');
    expect(ms).toBeGreaterThanOrEqual(990);
    expect(ms).toBeLessThan(1_500);
  });

  // Python's timing is the more fragile under load (CI, load 9: this band broke beside other
  // tests): it runs with the CPU-heavy project, last and one at a time.
  test(
    'Python: a 1 s program reads about 1 s, not the time since the page heard it start',
    {
      tag: '@cpu-heavy',
    },
    async ({ page, site }) => {
      const code = `import asyncio\nasyncio.run(asyncio.sleep(1))\nprint('slept')`;
      await page.goto(`${site.url('en/playground/python/')}#code/${lz.compressToEncodedURIComponent(code)}`);
      const pg = playground(page);
      await pg.run.click();
      await pg.finished('done', 60_000);
      await hearStartedLate(page, 700);
      await pg.run.click();
      const ms = await pg.finished('done', 60_000);
      expect(ms).toBeGreaterThanOrEqual(990);
      expect(ms).toBeLessThan(1_500);
    },
  );
});
