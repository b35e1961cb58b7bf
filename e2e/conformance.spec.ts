import type { Browser } from '@playwright/test';
import { expect, test } from './support/site';
import { playground, playgroundUrl } from './support/playground';
import { PROGRAMS } from './fixtures/conformance/programs';

// Issue 18: learner code experiences the playground as a browser module. Each program prints the
// same lines in the sandbox as in a plain Chromium page that runs it as `<script type="module">`.

/** Runs each program as a module script in a blank page of its own, a few at a time; returns its console lines. */
async function inPlainPages(browser: Browser, programs: [string, string][]): Promise<Map<string, string[]>> {
  const results = new Map<string, string[]>();
  const context = await browser.newContext();
  const queue = [...programs];
  const worker = async () => {
    const page = await context.newPage();
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, code] = next;
      const lines: string[] = [];
      const onConsole = (message: import('@playwright/test').ConsoleMessage) => lines.push(message.text());
      await page.goto('about:blank');
      page.on('console', onConsole);
      await page.evaluate((source) => {
        const script = document.createElement('script');
        script.type = 'module';
        script.textContent = source;
        document.body.append(script);
      }, code);
      // Every program is over within ~100 ms.
      await page.waitForTimeout(300);
      page.off('console', onConsole);
      results.set(name, lines);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  await context.close();
  return results;
}

test('50 conformance programs print the same lines in the playground as in a module script', async ({
  browser,
  page,
  site,
}) => {
  test.setTimeout(120_000);
  const programs = Object.entries(PROGRAMS);
  expect(programs.length).toBeGreaterThanOrEqual(50);
  const expected = await inPlainPages(browser, programs);
  const pg = playground(page);
  const differences: string[] = [];
  for (const [name, code] of programs) {
    // One page load: later programs arrive through the address bar's #code/ link, as a pasted link does.
    const url = playgroundUrl(site.url, code);
    if (page.url() === 'about:blank') await page.goto(url);
    else await page.evaluate((hash) => (window.location.hash = hash), new URL(url).hash);
    await expect(pg.root.locator('.monaco-editor, pre').first()).toContainText(code.split('\n')[0] ?? '');
    await pg.run.click();
    await pg.finished('done', 15_000);
    const shown = (await pg.entries.allInnerTexts()).map((line) =>
      line.split('\n').slice(1).join(' ').replace(/\s+/g, ' ').trim(),
    );
    const plain = expected.get(name) ?? [];
    expect(plain.length, `${name} prints something in a plain page`).toBeGreaterThan(0);
    if (JSON.stringify(shown) !== JSON.stringify(plain))
      differences.push(`${name}: sandbox ${JSON.stringify(shown)} vs page ${JSON.stringify(plain)}`);
  }
  expect(differences).toEqual([]);
});
