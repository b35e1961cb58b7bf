import { expect, test } from './support/site';
import { workspace } from './support/exercise';

/**
 * A Python assignment, end to end: the teacher builds a link from an exercise's Python variant, the
 * student solves it in Python and submits, and the teacher's Verify re-runs the Python checks in a
 * fresh browser. @cpu-heavy: every Check and Verify boots a Pyodide interpreter.
 */
const PYODIDE_MS = 40_000;

test('a Python assignment link round-trips: build, solve, submit, verify @cpu-heavy', async ({
  page,
  site,
  context,
  browser,
}) => {
  test.setTimeout(4 * PYODIDE_MS + 60_000);
  // "Assign this exercise" from the Python tab asks the builder for Python.
  await page.goto(site.url('en/exercises/gather-order/?lang=python'));
  await page.getByRole('link', { name: 'Assign this exercise' }).click();
  await expect(page.getByRole('combobox', { name: /^Code language/ })).toHaveValue('python');
  await expect(page.getByLabel('Starter code (main.py)')).toHaveValue(/async def load_profiles/);
  await expect(page.getByLabel('Instructions (Markdown)')).toHaveValue(/load_profiles/);
  await expect(page.getByLabel('Instructions (Markdown)')).not.toHaveValue(/ForLanguage|loadProfiles/);
  await page.getByLabel(/Put the reference solution in the link/).check();
  const field = page.locator('[data-assign-link]');
  await expect(field).toHaveValue(/\/en\/assign\/open\/#a=/);
  const link = await field.inputValue();

  const student = await context.newPage();
  await student.goto(link);
  await expect(student.locator('[data-playground="exercise"]')).toHaveAttribute('data-language', 'python');
  await expect(student.locator('[data-playground="exercise"] .pg-file')).toHaveText('main.py');
  const ws = workspace(student);
  await expect.poll(() => ws.code()).toMatch(/^import asyncio/);
  expect(await ws.runChecks(PYODIDE_MS)).not.toBe('All checks passed');
  await student.getByRole('button', { name: 'Show solution' }).click();
  await student.getByRole('button', { name: 'Copy solution into my code' }).click();
  expect(await ws.runChecks(PYODIDE_MS), await ws.failures()).toBe('All checks passed');
  await student.getByLabel('Your name').fill('王小明');
  await student.getByRole('button', { name: 'Copy submission link' }).click();
  const submission = await student.locator('[data-submit-link]').inputValue();
  expect(submission).toMatch(/\/en\/assign\/open\/#s=/);

  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await teacher.goto(submission);
  await expect(teacher.locator('[data-submission] [data-student]')).toHaveText('Submitted by 王小明');
  await expect(teacher.locator('[data-code-diff]')).toContainText('asyncio.gather');
  await expect(teacher.locator('[data-claimed-summary]')).toHaveText('All checks passed');
  await teacher.getByRole('button', { name: 'Verify' }).click();
  const verdict = teacher.locator('[data-verdict]');
  await expect(verdict).toHaveAttribute('data-verdict', /verified/, { timeout: PYODIDE_MS + 20_000 });
  // On a mismatch, say which Python check failed in the teacher's browser, and why.
  const verified = await teacher.locator('[data-compare]').innerText();
  expect(await verdict.getAttribute('data-verdict'), verified).toBe('verified');
  // Verified by the Python checks: their names, passed in the teacher's browser.
  await expect(teacher.locator('[data-compare] tr[data-check-name="names in the order of ids"]')).toHaveAttribute(
    'data-verified-status',
    'passed',
  );
  await teacherContext.close();
});
