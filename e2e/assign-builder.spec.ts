import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/site';
import { blankAssignment, payloadOf, SOLUTION, tryChecks } from './support/assign';
import { workspace } from './support/exercise';

/**
 * The teacher's builder, issue 16 §2: a custom assignment with its own hints and reference solution,
 * the checks help, and "Try the checks" on the starter and the solution before the link is shared.
 */
const side = (page: Page, name: 'starter' | 'solution') => page.locator(`[data-try-side="${name}"]`);

test('a custom assignment with hints, a solution and checks is tried, then opens with both', async ({
  page,
  site,
  browser,
}) => {
  test.setTimeout(120_000);
  await blankAssignment(page, site.url);
  await page.getByLabel('Hint 1').fill('Multiply, do not add `n` to itself… or do.');
  await page.getByLabel('Hint 2').fill('`2 * n` is the whole answer.');
  await page.getByLabel(/Put the reference solution in the link/).check();
  const tried = page.locator('[data-assign-tried]');
  await expect(tried).toHaveText('Not tried yet: press “Try the checks” above before you share the link.');

  await tryChecks(page);
  await expect(side(page, 'starter').locator('[data-try-summary]')).toHaveText('1 of 3 checks pass');
  await expect(side(page, 'starter').locator('[data-check="exports double"]')).toHaveAttribute('data-status', 'pass');
  await expect(side(page, 'starter').locator('[data-check="doubles 21"]')).toContainText('expected 42, got 21');
  await expect(side(page, 'starter').locator('[data-check="doubles -4"]')).toHaveAttribute('data-status', 'fail');
  await expect(side(page, 'solution').locator('[data-try-summary]')).toHaveText('3 of 3 checks pass');
  await expect(page.locator('[data-try-verdict]')).toHaveText(
    'Ready to share: the starter code fails 2 of 3 checks, and the reference solution passes them all.',
  );
  await expect(tried).toHaveText('Tried: the starter code passes 1 of 3 checks, the reference solution 3 of 3.');

  // Any edit makes the try out of date, beside the link too.
  await page.getByLabel('Hint 2').fill('`2 * n` is the whole answer. Return it.');
  await expect(tried).toHaveText('Changed since the last try: try the checks again.');
  await expect(page.locator('[data-try-verdict]')).toContainText('The assignment changed after this try');
  await tryChecks(page);
  await expect(tried).toHaveAttribute('data-try-state', 'ok');

  const link = await page.locator('[data-assign-link]').inputValue();
  expect(payloadOf(link)).toMatchObject({
    hints: ['Multiply, do not add `n` to itself… or do.', '`2 * n` is the whole answer. Return it.'],
    solution: SOLUTION,
  });

  const student = await browser.newContext();
  const tab = await student.newPage();
  await tab.goto(link);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Double it');
  // Hints one at a time.
  const hints = tab.locator('[data-hints] li');
  await expect(hints).toHaveCount(0);
  await tab.getByRole('button', { name: 'Show a hint (1 of 2)' }).click();
  await expect(hints).toHaveCount(1);
  await expect(hints.first()).toContainText('Multiply, do not add n to itself');
  await tab.getByRole('button', { name: 'Show a hint (2 of 2)' }).click();
  await expect(hints.nth(1)).toContainText('2 * n is the whole answer. Return it.');
  await expect(tab.locator('[data-action="hint"]')).toBeHidden();
  // The teacher's solution, which passes the teacher's checks here too.
  const ws = workspace(tab);
  await tab.getByRole('button', { name: 'Show solution' }).click();
  await tab.getByRole('button', { name: 'Copy solution into my code' }).click();
  expect(await ws.runChecks(), await ws.failures()).toBe('All checks passed');
  await student.close();
});

test('a starter that already passes every check is flagged before sharing', async ({ page, site }) => {
  await blankAssignment(page, site.url, SOLUTION);
  await tryChecks(page);
  await expect(side(page, 'starter').locator('[data-try-summary]')).toHaveText('3 of 3 checks pass');
  await expect(page.locator('[data-try-verdict]')).toContainText(
    'The starter code already passes every check: students would pass without changing anything.',
  );
  await expect(page.locator('[data-assign-tried]')).toHaveText('The try found a problem: see “Try the checks” above.');

  // A solution that fails a check is named, by check.
  await page.getByLabel('Reference solution (main.ts)').fill(SOLUTION.replace('2 * n', 'n + 2'));
  await tryChecks(page);
  await expect(side(page, 'solution').locator('[data-try-summary]')).toHaveText('1 of 3 checks pass');
  await expect(page.locator('[data-try-verdict]')).toContainText(
    'The reference solution fails 2 of 3 checks (“doubles 21”, “doubles -4”).',
  );

  // No solution: only the starter is tried, and the builder says so.
  await page.getByLabel('Reference solution (main.ts)').fill('');
  await tryChecks(page);
  await expect(side(page, 'solution').locator('[data-try-summary]')).toHaveText('Not run');
  await expect(page.locator('[data-try-verdict]')).toContainText('only the starter code was tried');
});

test('a starter that never ends is stopped by the time limit, and the builder stays usable', async ({ page, site }) => {
  test.setTimeout(90_000);
  await blankAssignment(
    page,
    site.url,
    'export function double(n: number): number {\n  return n;\n}\nwhile (true) {}\n',
  );
  await page.getByLabel('Time limit (ms)').fill('2000');
  const started = Date.now();
  await tryChecks(page, 40_000);
  expect(Date.now() - started).toBeLessThan(30_000);
  await expect(side(page, 'starter').locator('[data-try-summary]')).toHaveText('0 of 3 checks pass');
  await expect(side(page, 'starter').locator('[data-check="doubles 21"]')).toContainText(
    /did not finish|stopped responding/,
  );
  await expect(side(page, 'solution').locator('[data-try-summary]')).toHaveText('3 of 3 checks pass');
  await expect(page.getByRole('button', { name: 'Try the checks' })).toBeEnabled();
});

test('"include solution" with an empty solution is an error, not a link without one', async ({ page, site }) => {
  // From an exercise, its solution and hints fill the fields.
  await page.goto(site.url('en/assign/?exercise=concurrent-fetches'));
  await expect(page.getByLabel('Reference solution (main.ts)')).toHaveValue(/Promise\.all/);
  await expect(page.getByLabel('Hint 1')).toHaveValue(/inside the loop waits/);
  await expect(page.getByLabel('Hint 3')).toHaveValue(/A skeleton/);
  await page.getByLabel(/Put the reference solution in the link/).check();
  await expect(page.locator('[data-assign-link]')).toHaveValue(/#a=/);

  await page.getByLabel('Reference solution (main.ts)').fill('');
  const alert = page.locator('[data-assign-error]');
  await expect(alert).toContainText(
    '“Put the reference solution in the link” is checked, but the reference solution is empty',
  );
  await expect(page.getByLabel('Reference solution (main.ts)')).toHaveAttribute('aria-invalid', '');
  await expect(page.locator('[data-assign-link]')).toHaveValue('');
  await page.getByRole('button', { name: 'Try the checks' }).click();
  await expect(page.locator('[data-try-verdict]')).toHaveText(
    'Fix what is listed under “Assignment link” first, then try again.',
  );

  await page.getByLabel(/Put the reference solution in the link/).uncheck();
  await expect(alert).toBeHidden();
  await expect(page.getByLabel('Reference solution (main.ts)')).not.toHaveAttribute('aria-invalid');
  const link = await page.locator('[data-assign-link]').inputValue();
  expect(payloadOf(link)).not.toHaveProperty('solution');
});

test('the checks help documents the API of the chosen language', async ({ page, site }) => {
  await page.goto(site.url('en/assign/'));
  await page.getByLabel('Start from').selectOption('');
  const ts = page.locator('details.check-help[data-help-language="typescript"]');
  const py = page.locator('details.check-help[data-help-language="python"]');
  await expect(py).toBeHidden();
  await ts.getByText('How to write checks (TypeScript)').click();
  for (const name of ['check', 'ctx.exports', 'ctx.time', 'ctx.logs', 'ctx.requests', 'ctx.spans'])
    await expect(ts.locator('dt code', { hasText: new RegExp(`^${name.replace('.', '\\.')}$`) })).toBeVisible();
  await page.getByRole('combobox', { name: /^Code language/ }).selectOption('python');
  await expect(ts).toBeHidden();
  await py.getByText('How to write checks (Python)').click();
  await expect(py.locator('dt code', { hasText: /^ctx\.sleeps$/ })).toBeVisible();
  await expect(page.getByLabel('Reference solution (main.py)')).toBeVisible();
});

test('a Python custom assignment is tried in Pyodide on both sides @cpu-heavy', async ({ page, site }) => {
  test.setTimeout(180_000);
  await page.goto(site.url('en/assign/'));
  await page.getByLabel('Start from').selectOption('');
  await page.getByRole('combobox', { name: /^Code language/ }).selectOption('python');
  await page.getByLabel('Title').fill('Double it');
  await page.getByLabel('Starter code (main.py)').fill('def double(n):\n    return n\n');
  await page
    .getByRole('textbox', { name: /^Checks \(checks\.py/ })
    .fill(
      'from lab_check import check\n\n@check("doubles 21")\ndef _(ctx):\n    got = ctx.function("double")(21)\n    assert got == 42, f"expected 42, got {got}"\n',
    );
  await page.getByLabel('Reference solution (main.py)').fill('def double(n):\n    return 2 * n\n');
  await tryChecks(page, 120_000);
  await expect(side(page, 'starter').locator('[data-try-summary]')).toHaveText('0 of 1 checks pass');
  await expect(side(page, 'starter').locator('[data-check="doubles 21"]')).toContainText('expected 42, got 21');
  await expect(side(page, 'solution').locator('[data-try-summary]')).toHaveText('1 of 1 checks pass');
  await expect(page.locator('[data-assign-tried]')).toHaveAttribute('data-try-state', 'ok');
});

test('the tried builder at 360 px, help open, has no serious accessibility problem in either theme', async ({
  page,
  site,
}) => {
  test.setTimeout(120_000); // axe twice on a long page
  // At phone width, where the help's examples scroll sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await blankAssignment(page, site.url, SOLUTION);
  await page.getByText('How to write checks (TypeScript)').click();
  await tryChecks(page);
  await expect(page.locator('[data-try-verdict]')).toBeVisible();
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.locator('theme-toggle button').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
    expect(serious, theme).toEqual([]);
  }
});
