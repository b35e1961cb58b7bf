import { expect, test } from './support/site';
import { workspace } from './support/exercise';
import { playground, playgroundUrl } from './support/playground';

// What the output area shows must say what it belongs to: the checks' own requests are marked as
// theirs, output of code since changed says so, and code that never ran does not claim a duration.

test('the checks’ own requests are marked as the checks’, apart from the program’s', async ({ page, site }) => {
  test.setTimeout(90_000);
  await page.goto(site.url('en/exercises/concurrent-fetches/'));
  const ws = workspace(page);
  await page.getByRole('button', { name: 'Show solution' }).click();
  await expect(page.locator('[data-diff]')).toHaveAttribute('data-ready', 'true', { timeout: 40_000 });
  await page.getByRole('button', { name: 'Copy solution into my code' }).click();
  expect(await ws.runChecks()).toBe('All checks passed');

  const log = page.locator('[data-playground="exercise"] [role="log"]');
  const fromChecks = log.locator('[data-origin="checks"]');
  // The checks call fetchAll with URLs of their own, such as /status/418.
  await expect(fromChecks.filter({ hasText: '/status/418' }).first()).toBeVisible();
  await expect(fromChecks.first()).toContainText(/^\+[\d ]+ ms\s*check /);
  // Every line that names a URL only the checks use is marked.
  const checkOnly = log.locator('[data-kind]').filter({ hasText: /status\/418|status\/204|delay\/0\.3/ });
  expect(await checkOnly.count()).toBeGreaterThan(0);
  expect(await checkOnly.count()).toBe(await checkOnly.and(fromChecks).count());
  // The program's own output comes first, unmarked.
  await expect(log.locator('[data-kind]').first()).not.toHaveAttribute('data-origin', 'checks');
});

test('after the code changes, earlier output and check results say they belong to the earlier code', async ({
  page,
  site,
}) => {
  test.setTimeout(90_000);
  await page.goto(site.url('en/exercises/concurrent-fetches/'));
  const ws = workspace(page);
  const pg = playground(page, 'exercise');
  const staleOutput = pg.root.getByText('Code changed since this run');
  const staleResults = page.getByText('Code changed since these checks ran');

  await pg.run.click();
  await pg.finished('done', 40_000); // the starter fetches one URL after another
  await ws.runChecks();
  await expect(staleOutput).toBeHidden();
  await expect(staleResults).toBeHidden();

  await page.getByRole('button', { name: 'Show solution' }).click();
  await expect(page.locator('[data-diff]')).toHaveAttribute('data-ready', 'true', { timeout: 40_000 });
  await page.getByRole('button', { name: 'Copy solution into my code' }).click();
  await expect(staleOutput).toBeVisible();
  await expect(staleResults).toBeVisible();

  // Checking the code as it is now clears both.
  expect(await ws.runChecks()).toBe('All checks passed');
  await expect(staleOutput).toBeHidden();
  await expect(staleResults).toBeHidden();
});

test('a syntax error says the code did not run, and where', async ({ page, site }) => {
  await page.goto(playgroundUrl(site.url, `const a = 1;\nconst b = ;\nconsole.log(a, b);`));
  const pg = playground(page);
  await pg.run.click();
  await pg.finished('error');
  await expect(pg.status).toHaveText('Not run: syntax error at main.ts:2:11');
  await expect(pg.console).toContainText('main.ts:2:11: Unexpected ";"');

  await page.goto(playgroundUrl(site.url, `import _ from 'lodash';\nconsole.log(_);`));
  await pg.run.click();
  await pg.finished('error');
  await expect(pg.status).toHaveText(/^Not run: an import at main\.ts:1:\d+ cannot be found$/);
});
