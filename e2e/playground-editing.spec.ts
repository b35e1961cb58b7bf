import { expect, test } from './support/site';
import { expectConsole, playground, playgroundUrl } from './support/playground';
import { MONACO_MS } from './support/editor';

const LESSON = 'en/lessons/event-loop/';

test.describe('lesson playgrounds', () => {
  test('show highlighted code without loading Monaco, and Run works before any editing', async ({ page, site }) => {
    const monacoRequests: string[] = [];
    page.on('request', (request) => {
      if (/monaco|editor\.worker|ts\.worker/i.test(request.url())) monacoRequests.push(request.url());
    });
    await page.goto(site.url(LESSON));
    const pg = playground(page, 'sequential-vs-concurrent');
    await expect(pg.root.locator('pre.astro-code')).toContainText('Promise.all');
    await pg.run.click();
    await pg.finished('done');
    await expectConsole(pg.console, 'concurrent');
    expect(monacoRequests).toEqual([]);
    await expect(pg.root.locator('.monaco-editor')).toHaveCount(0);
  });

  test('hovering the code downloads the editor without running it, and opens nothing until a click', async ({
    page,
    site,
  }) => {
    const monacoRequests: string[] = [];
    page.on('request', (request) => {
      if (/monaco-editor\.[\w-]+\.js$/.test(request.url())) monacoRequests.push(request.url());
    });
    await page.goto(site.url(LESSON));
    const pg = playground(page, 'sequential-vs-concurrent');
    await page.waitForTimeout(1_500); // idle: the editor does not load
    expect(monacoRequests).toEqual([]);
    await pg.root.locator('pre.astro-code').hover();
    await expect.poll(() => monacoRequests.length).toBe(1);
    // Downloaded, not run: evaluating Monaco (which injects its styles as it runs) would freeze the
    // page for a second or more under the reader's pointer. That is the Edit click's to spend.
    // Every chunk the hover preloads has arrived (not 'networkidle': on a loaded machine, during a
    // whole npm test, the page did not reach it within the test's 60 s), then a moment for anything
    // that would evaluate them.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const arrived = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
            const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
            return links.length > 0 && links.every((link) => arrived.has(link.href));
          }),
        { timeout: 30_000 },
      )
      .toBe(true);
    await page.waitForTimeout(1_000);
    await expect(page.locator('style[data-monaco]')).toHaveCount(0);
    await expect(pg.root.locator('.monaco-editor')).toHaveCount(0);
    await expect(pg.root.locator('pre.astro-code')).toBeVisible();
    await pg.root.getByRole('button', { name: 'Edit' }).click();
    await expect(pg.root.locator('.monaco-editor')).toBeVisible({ timeout: MONACO_MS });
    await expect(page.locator('style[data-monaco]')).not.toHaveCount(0);
    // The click evaluated what the hover had fetched: no second download.
    expect(monacoRequests).toHaveLength(1);
  });

  test('edits are saved, survive a reload, and Reset can be undone', async ({ page, site }) => {
    await page.goto(site.url(LESSON));
    const pg = playground(page, 'sequential-vs-concurrent');
    await pg.root.getByRole('button', { name: 'Edit' }).click();
    const editor = pg.root.locator('.monaco-editor');
    await expect(editor).toBeVisible({ timeout: MONACO_MS });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type("\nconsole.log('my edit');");
    await expect(pg.root.getByText('edited', { exact: true })).toBeVisible();
    // Saving is debounced: wait for the save itself (a fixed 500 ms once fell short under load).
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.entries(localStorage).some(
            ([key, code]) => key.startsWith('async-lab:code:') && code.includes('my edit'),
          ),
        ),
      )
      .toBe(true);

    await page.reload();
    await expect(pg.root).toContainText("console.log('my edit');");
    await pg.run.click();
    await pg.finished('done');
    await expectConsole(pg.console, 'my edit');

    await pg.root.getByRole('button', { name: 'Reset' }).click();
    await expect(pg.root).not.toContainText("console.log('my edit');");
    await pg.root.getByRole('button', { name: 'Undo reset' }).click();
    await expect(pg.root).toContainText("console.log('my edit');");
  });

  test('full storage shows a warning and editing goes on', async ({ page, site }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(site.url(LESSON));
    const pg = playground(page, 'sequential-vs-concurrent');
    await pg.root.getByRole('button', { name: 'Edit' }).click();
    await pg.root.locator('.monaco-editor').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type("\nconsole.log('unsaved but running');");
    await expect(pg.root.getByRole('alert')).toContainText('could not be saved');
    await pg.run.click();
    await pg.finished('done');
    await expectConsole(pg.console, 'unsaved but running');
  });
});

test.describe('the standalone playground', () => {
  test('a malformed or oversized link shows a clear message and the default code', async ({ page, site }) => {
    await page.goto(`${site.url('en/playground/')}#code/this-is-not-lz-string!!`);
    const pg = playground(page);
    await expect(pg.root.getByRole('alert')).toContainText('damaged or too long');
    await pg.run.click();
    await pg.finished('done');
    await expectConsole(pg.console, "'a', 'b', 'c'");

    await page.goto(`${site.url('en/playground/')}#code/${'A'.repeat(120_000)}`);
    await expect(pg.root.getByRole('alert')).toContainText('damaged or too long');
  });

  test('Share copies a link that opens the same code', async ({ page, site, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(playgroundUrl(site.url, `console.log('shared code');`));
    const pg = playground(page);
    await pg.root.getByRole('button', { name: 'Share' }).click();
    await expect(pg.root.getByText('Link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('/en/playground/#code/');
    const other = await context.newPage();
    await other.goto(link);
    const copy = playground(other);
    await copy.run.click();
    // A new page's first Run compiles: on a loaded machine that took over 20 s (a wait, not a claim).
    await copy.finished('done', 60_000);
    await expectConsole(copy.console, 'shared code');
  });

  test('a missing compiler file gives a clear message, and nothing is lost', async ({ page, site }) => {
    await page.route(/esbuild.*\.wasm/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    // A namespace is more than types: the quick path leaves it to esbuild, whose file is missing.
    const code = `namespace N {\n  export const a = 'kept';\n}\nconsole.log(N.a);`;
    await page.goto(playgroundUrl(site.url, code));
    const pg = playground(page);
    await pg.run.click();
    await pg.finished('error');
    await expect(pg.console.locator('[data-kind="error"]')).toContainText('could not be loaded');
    await expect(pg.root).toContainText("export const a = 'kept';");
  });

  test('a missing quick-path file: esbuild builds the code instead, and it runs', async ({ page, site }) => {
    await page.route(/\/quick-bundle\.[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(playgroundUrl(site.url, `const n: number = 1;\nconsole.log('built by esbuild', n);`));
    const pg = playground(page);
    await pg.run.click();
    await pg.finished('done', 60_000);
    await expectConsole(pg.console, 'built by esbuild 1');
  });
});
