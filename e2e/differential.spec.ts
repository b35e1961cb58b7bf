import { expect, test } from './support/site';
import { playground, playgroundUrl } from './support/playground';
import { SNIPPETS } from './fixtures/event-loop-snippets';

// The sandbox must not reorder, lose or invent output: each program prints the same lines, in the
// same order, in the playground as in a plain Chromium page.

/** Runs `code` as a module script in a blank page and collects its console lines for 400 ms. */
async function inPlainPage(page: import('@playwright/test').Page, code: string): Promise<string[]> {
  const lines: string[] = [];
  const onConsole = (message: import('@playwright/test').ConsoleMessage) => lines.push(message.text());
  await page.goto('about:blank');
  page.on('console', onConsole);
  await page.evaluate((source) => {
    const script = document.createElement('script');
    script.type = 'module'; // top-level await, as in the playground
    script.textContent = source;
    document.body.append(script);
  }, code);
  await page.waitForTimeout(400);
  page.off('console', onConsole);
  return lines;
}

test('20+ promise and event-loop programs print the same lines, in order, as a plain page', async ({
  browser,
  page,
  site,
}) => {
  test.setTimeout(240_000);
  const plain = await browser.newPage();
  const pg = playground(page);
  const differences: string[] = [];
  for (const [name, code] of Object.entries(SNIPPETS)) {
    const expected = await inPlainPage(plain, code);
    // The first program opens the playground; the others replace the code through the address
    // bar's #code/ link, as a pasted link does, so the page is not loaded 24 times.
    const url = playgroundUrl(site.url, code);
    if (page.url() === 'about:blank') await page.goto(url);
    else await page.evaluate((hash) => (window.location.hash = hash), new URL(url).hash);
    await expect(pg.root.locator('.monaco-editor, pre').first()).toContainText(code.trim().split('\n')[0] ?? '');
    await pg.run.click();
    await pg.finished('done', 40_000);
    const shown = (await pg.entries.allInnerTexts()).map((line) =>
      line.split('\n').slice(1).join(' ').replace(/\s+/g, ' ').trim(),
    );
    if (JSON.stringify(shown) !== JSON.stringify(expected))
      differences.push(`${name}: sandbox ${JSON.stringify(shown)} vs page ${JSON.stringify(expected)}`);
    expect(expected.length, `${name} prints something`).toBeGreaterThan(0);
  }
  await plain.close();
  expect(Object.keys(SNIPPETS).length).toBeGreaterThanOrEqual(20);
  expect(differences).toEqual([]);
});
