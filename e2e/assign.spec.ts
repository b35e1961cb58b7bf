import { createHash } from 'node:crypto';
import lz from 'lz-string';
import type { Page } from '@playwright/test';
import { expect, test } from './support/site';
import { buildLink, submitAs } from './support/assign';
import { workspace } from './support/exercise';

test('a teacher builds a link; the student solves it and submits; the teacher verifies', async ({
  page,
  site,
  context,
  browser,
}) => {
  // Four Checks and a Verify of a program that waits 2–4 s on its requests, compiled twice: a long
  // scenario, not a timing claim (it took 1.8 min at a load of 22).
  test.setTimeout(240_000);
  const link = await buildLink(page, site.url);
  await expect(page.locator('[data-assign-length]')).toHaveText(
    `Link length: ${link.length.toLocaleString('en-US').replace(/,/g, ' ')} characters`,
  );
  await expect(page.locator('[data-assign-warning]')).toBeHidden();

  const student = await context.newPage();
  await student.goto(link);
  await expect(student.getByRole('heading', { level: 1 })).toHaveText('Three requests at once');
  await expect(student.locator('[data-assignment] [data-instructions]')).toContainText('concurrently');
  // Nothing runs until the student asks.
  await student.waitForTimeout(1_000);
  await expect(student.locator('[data-playground="exercise"] [role="status"]')).toHaveAttribute('data-state', 'idle');
  await expect(student.locator('[data-results] li')).toHaveCount(0);

  const ws = workspace(student);
  expect(await ws.runChecks()).not.toBe('All checks passed');
  // Work in progress can be handed in, and the panel says that is what it would be.
  await expect(student.locator('[data-submit]')).toHaveAttribute('data-submit-kind', 'in-progress');
  await expect(student.locator('[data-submit-state]')).toContainText('Not every check passes yet');
  await student.getByRole('button', { name: 'Show solution' }).click();
  await student.getByRole('button', { name: 'Copy solution into my code' }).click();
  expect(await ws.runChecks(), await ws.failures()).toBe('All checks passed');
  await expect(student.locator('[data-submit]')).toHaveAttribute('data-submit-kind', 'complete');
  await expect(student.locator('[data-submit-state]')).toContainText('Every check passes');
  // No link without a name.
  await student.getByRole('button', { name: 'Copy submission link' }).click();
  await expect(student.getByRole('alert').filter({ hasText: 'Enter your name first' })).toBeVisible();
  await expect(student.getByLabel('Your name')).toHaveAttribute('aria-invalid', '');
  await expect(student.locator('[data-submit-link]')).toHaveCount(0);
  await student.getByLabel('Your name').fill('Ada Lovelace');
  await student.getByLabel('Class or student number (optional)').fill('7B');
  await student.getByRole('button', { name: 'Copy submission link' }).click();
  const submission = await student.locator('[data-submit-link]').inputValue();
  expect(submission).toMatch(/\/en\/assign\/open\/#s=/);
  // The name is remembered for the next submission in this browser.
  await student.reload();
  await ws.runChecks();
  await expect(student.getByLabel('Your name')).toHaveValue('Ada Lovelace');
  await expect(student.getByLabel('Class or student number (optional)')).toHaveValue('7B');

  // The teacher opens the submission in their own browser: nothing of the student's storage comes along.
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await teacher.goto(submission);
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('Three requests at once');
  await expect(teacher.locator('[data-submission] [data-student]')).toHaveText('Submitted by Ada Lovelace (7B)');
  await expect(teacher.locator('[data-in-progress]')).toBeHidden();
  await expect(teacher.locator('[data-code-diff]')).toContainText('Promise.all');
  await expect(teacher.locator('[data-claimed-summary]')).toHaveText('All checks passed');
  // Nothing is verified until the teacher asks.
  await expect(teacher.locator('[data-compare] tbody tr')).not.toHaveCount(0);
  await expect(teacher.locator('[data-compare] tbody tr:not([data-match="pending"])')).toHaveCount(0);
  await teacher.getByRole('button', { name: 'Verify' }).click();
  await expect(teacher.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'verified', { timeout: 30_000 });
  await expect(teacher.locator('[data-verdict]')).toHaveText(
    'Verified: every check passes in your browser, as claimed.',
  );
  await teacherContext.close();
});

test('a submission whose claim is false is not verified', async ({ page, site }) => {
  test.setTimeout(60_000);
  const link = await buildLink(page, site.url);
  const [head, payload = ''] = link.split('#a=');
  const assignment = JSON.parse(lz.decompressFromEncodedURIComponent(payload).slice(65)) as {
    starter: string;
    checkLabels: Record<string, string>;
  };
  // A student who forges a pass for the starter code: the checksum is easy to recompute (it only
  // detects damage), so the link opens — and Verify, which re-runs the checks, catches it.
  const json = JSON.stringify({
    v: 1,
    assignment,
    code: assignment.starter,
    results: Object.keys(assignment.checkLabels).map((name) => ({ name, status: 'passed' })),
    submittedAt: '2026-01-01T10:00:00.000Z',
  });
  const forged = `${head}#s=${lz.compressToEncodedURIComponent(`${createHash('sha256').update(json).digest('hex')}\n${json}`)}`;
  await page.goto(forged);
  // A link from before names (version 1) still opens, under a placeholder.
  await expect(page.locator('[data-submission] [data-student]')).toHaveText('Submitted by (no name)');
  await expect(page.locator('[data-claimed-summary]')).toHaveText('All checks passed');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-verified', { timeout: 30_000 });
  await expect(page.locator('[data-verdict]')).toContainText('This does not match the claim');
  await expect(page.locator('[data-compare] tr[data-verified-status="failed"]').first()).toContainText(
    'Claimed passed, verified failed',
  );
});

test('work in progress can be submitted, and Verify agrees with its partial score', async ({ page, site, browser }) => {
  test.setTimeout(180_000);
  const link = await buildLink(page, site.url);
  const { submission, summary } = await submitAs(browser, link, { name: 'Grace', solve: false });
  const [, passed, total] = /^(\d+) of (\d+) checks passed$/.exec(summary) ?? [];
  expect(Number(passed)).toBeLessThan(Number(total));
  await page.goto(submission);
  await expect(page.locator('[data-claimed-summary]')).toHaveText(summary);
  await expect(page.locator('[data-in-progress]')).toHaveText(
    'Work in progress: not every check passed when the student submitted it.',
  );
  await page.getByRole('button', { name: 'Verify' }).click();
  const verdict = page.locator('[data-verdict]');
  await expect(verdict).toHaveAttribute('data-verdict', 'in-progress', { timeout: 30_000 });
  await expect(verdict).toHaveText(
    `Verified result: ${passed} of ${total} checks pass in your browser. This matches the claim (work in progress).`,
  );
});

/**
 * A new fragment on the open page: the page reloads itself. Waits for the new document, so the next
 * check reads it, not the page before (whose alert may already say the same) and the next navigation
 * does not race the reload (Playwright: "navigation interrupted by another navigation").
 */
async function gotoFragment(page: Page, url: string): Promise<void> {
  await page.evaluate(() => Object.assign(window, { labBeforeReload: true }));
  await page.goto(url);
  await page.waitForFunction(() => !('labBeforeReload' in window) && document.readyState === 'complete');
}

test('tampered, malformed and empty links show a clear error', async ({ page, site }) => {
  const link = await buildLink(page, site.url);
  const [head, payload = ''] = link.split('#a=');
  const text = lz.decompressFromEncodedURIComponent(payload);
  const tampered = `${head}#a=${lz.compressToEncodedURIComponent(text.replace('Three requests at once', 'Free marks for all'))}`;
  await page.goto(tampered);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link cannot be opened');
  await expect(page.getByRole('alert')).toContainText('does not match its checksum');
  await expect(page.locator('[data-assignment]')).toBeHidden();

  // The open page reloads itself when only the fragment changes.
  await gotoFragment(page, `${head}#a=${payload.slice(0, Math.floor(payload.length / 2))}`);
  await expect(page.getByRole('alert')).toContainText('damaged or incomplete');

  await gotoFragment(page, `${head}#a=not-a-real-link`);
  await expect(page.getByRole('alert')).toContainText('damaged or incomplete');

  await page.goto(head ?? '');
  await expect(page.getByRole('alert')).toContainText('there is none in this address');
});

test('the builder warns when the link is over 8 000 characters', async ({ page, site }) => {
  await buildLink(page, site.url);
  // Random text does not compress: about 9 000 characters of it make a link well over 8 000.
  let seed = 7;
  const noise = Array.from({ length: 9_000 }, () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return String.fromCharCode(33 + (seed % 90));
  }).join('');
  await page.getByLabel('Instructions (Markdown)').fill(noise);
  await expect(page.locator('[data-assign-warning]')).toBeVisible();
  expect(Number(await page.locator('[data-assign-length]').getAttribute('data-length'))).toBeGreaterThan(8_000);
  await page.getByLabel('Instructions (Markdown)').fill('Short.');
  await expect(page.locator('[data-assign-warning]')).toBeHidden();
});

test('a blank assignment with its own instructions and checks opens in a fresh browser', async ({
  page,
  site,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.goto(site.url('en/assign/'));
  await page.getByLabel('Start from').selectOption('');
  await page.getByLabel('Title').fill('Double it');
  await page.getByLabel('Instructions (Markdown)').fill('Export `double(n)` that returns **twice** `n`.');
  await page.getByLabel('Starter code (main.ts)').fill('export function double(n: number): number {\n  return n;\n}\n');
  await page
    .getByLabel(/^Checks \(checks\.ts/)
    .fill(
      "import { check, assertEqual } from 'async-lab/check';\n" +
        "check('doubles 21', ({ exports }) => assertEqual((exports['double'] as (n: number) => number)(21), 42));\n",
    );
  const link = await page.locator('[data-assign-link]').inputValue();
  expect(link).toMatch(/\/en\/assign\/open\/#a=/);

  // A student's browser shares nothing with the teacher's.
  const student = await browser.newContext();
  const tab = await student.newPage();
  await tab.goto(link);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Double it');
  await expect(tab.locator('[data-instructions] strong')).toHaveText('twice');
  await expect(tab.locator('[data-instructions] code').first()).toHaveText('double(n)');
  await tab.getByRole('button', { name: 'Check', exact: true }).click();
  const summary = tab.locator('[data-checks-summary]');
  await expect(summary).toHaveAttribute('data-total', '1', { timeout: 30_000 });
  await expect(summary).toHaveAttribute('data-passed', '0');
  await expect(tab.locator('[data-check="doubles 21"]')).toHaveAttribute('data-status', 'fail');
  await expect(tab.locator('[data-check="doubles 21"]')).toContainText('expected 42, got 21');
  await student.close();
});
