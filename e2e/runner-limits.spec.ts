import { expect, test } from './support/site';
import { expectConsole, playground, playgroundUrl } from './support/playground';

// A run that stops answering — an endless loop, or one running out of memory — is ended promptly
// with a message that says so; the page survives with the learner's code, and the next Run works.

test.describe('code that stops responding', () => {
  test('allocating without end ends within seconds, says why, and the page and the code survive', async ({
    page,
    site,
  }) => {
    test.setTimeout(120_000);
    let crashed = false;
    page.on('crash', () => (crashed = true));
    const code = `const hog: number[][] = [];\nconsole.log('allocating');\nwhile (true) hog.push(new Array(1e6).fill(1));`;
    await page.goto(playgroundUrl(site.url, code));
    const pg = playground(page);
    await pg.run.click();
    // The first line of a page's first (compiled) Run: over 30 s once at a load of 10 (a wait, not a claim).
    await expectConsole(pg.console, 'allocating', 60_000);
    const ms = await pg.finished('timeout', 30_000);
    // Well before the 10 s limit: 5 s without a sign of life, checked once a second.
    expect(ms).toBeLessThan(8_000);
    await expect(pg.console.locator('[data-kind="error"]')).toContainText(
      /stopped responding.*run out of memory|crashed.*run out of memory/,
    );
    expect(crashed).toBe(false);
    await expect(pg.root.locator('pre, .monaco-editor').first()).toContainText('hog.push(new Array(1e6)');

    // The next Run gets a fresh worker and works.
    await page.goto(playgroundUrl(site.url, `console.log('alive again');`));
    await pg.run.click();
    await pg.finished('done');
    await expectConsole(pg.console, 'alive again');
  });

  test('an endless loop that allocates nothing ends the same way', async ({ page, site }) => {
    test.setTimeout(60_000);
    await page.goto(playgroundUrl(site.url, `console.log('spinning');\nwhile (true) {}`));
    const pg = playground(page);
    await pg.run.click();
    const ms = await pg.finished('timeout', 30_000);
    expect(ms).toBeLessThan(8_000);
    await expect(pg.console.locator('[data-kind="error"]')).toContainText('never let the event loop run');
  });

  test('blocking on purpose for longer than that is not mistaken for a hang', async ({ page, site }) => {
    test.setTimeout(60_000);
    await page.goto(
      playgroundUrl(site.url, `import { blockFor } from 'async-lab';\nblockFor(6000);\nconsole.log('woke');`),
    );
    const pg = playground(page);
    await pg.run.click();
    const ms = await pg.finished('done', 30_000);
    expect(ms).toBeGreaterThan(5_900);
    await expectConsole(pg.console, 'woke');
  });
});
