import lz from 'lz-string';
import type { Page } from '@playwright/test';
import { expect, test } from './support/site';
import { playground } from './support/playground';

/**
 * Issue 13: browsers without JavaScript Promise Integration (Safari, and Firefox before it turns
 * JSPI on) keep plain asyncio, and say plainly what cannot work there. Chromium cannot switch JSPI
 * off by flag any more, so the test takes it out of the Python worker itself: the worker's script
 * (which the page fetches and posts into the sandbox) starts by deleting WebAssembly.Suspending and
 * WebAssembly.promising, the two names both our worker and Pyodide look for.
 */
async function withoutJspi(page: Page): Promise<void> {
  await page.route(/\/python-worker-main-[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    const body = `delete WebAssembly.Suspending; delete WebAssembly.promising;\n${await response.text()}`;
    await route.fulfill({ response, body });
  });
}

async function runPython(page: Page, url: (path: string) => string, code: string, state = 'error') {
  await page.goto(`${url('en/playground/python/')}#code/${lz.compressToEncodedURIComponent(code)}`);
  const pg = playground(page);
  await pg.run.click();
  const ms = await pg.finished(state, 60_000);
  return { pg, ms };
}

test.describe('Python in a browser without JSPI', () => {
  test.describe.configure({ timeout: 120_000 });
  test.beforeEach(async ({ page }) => withoutJspi(page));

  test('asyncio still runs: three concurrent 1 s sleeps take about 1 s, and time.sleep blocks', async ({
    page,
    site,
  }) => {
    const { pg, ms } = await runPython(
      page,
      site.url,
      [
        'import asyncio, time',
        'async def job(i):',
        '    await asyncio.sleep(1)',
        '    return i',
        'async def main():',
        '    print(await asyncio.gather(*(job(i) for i in range(3))))',
        'time.sleep(0.2)',
        'asyncio.run(main())',
      ].join('\n'),
      'done',
    );
    await expect(pg.console).toContainText('[0, 1, 2]');
    expect(ms).toBeGreaterThan(1_190);
    expect(ms).toBeLessThan(2_500);
  });

  test('a thread says why it cannot start, and names the browsers that can', async ({ page, site }) => {
    const { pg } = await runPython(
      page,
      site.url,
      ['import threading', 'threading.Thread(target=print, args=("in a thread",)).start()'].join('\n'),
    );
    await expect(pg.console).toContainText('Threads need JavaScript Promise Integration (JSPI)');
    await expect(pg.console).toContainText('Chrome and Edge');
    await expect(pg.console).toContainText("RuntimeError: can't start new thread");
    // The thread's own print never ran (the words appear only in the traceback's source line).
    await expect(pg.console.locator('[data-kind="log"]', { hasText: 'in a thread' })).toHaveCount(0);
  });

  test('a blocking requests.get says that blocking needs JSPI, and that asyncio works', async ({ page, site }) => {
    const { pg } = await runPython(
      page,
      site.url,
      ['import requests', 'print(requests.get("https://httpbin.org/get").status_code)'].join('\n'),
    );
    await expect(pg.console.locator('[data-kind="error"]')).toContainText(
      'blocking needs JavaScript Promise Integration (JSPI)',
    );
    await expect(pg.console).toContainText('asyncio works without it');
  });
});
