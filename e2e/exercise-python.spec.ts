import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './support/site';
import { listPythonExercises, listVariants, type Variant, workspace } from './support/exercise';

/**
 * The Python variants of the exercises, through the page a learner uses: `?lang=python` opens the
 * Python tab, whose playground runs main.py and whose checks (checks.py) run in the same sandboxed
 * interpreter and report through the same results list. Tagged @cpu-heavy: each Check boots a fresh
 * Pyodide interpreter, so these run alone, after the rest of the suite.
 */
test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 600, height: 1000 } });

/** Added to a Check's wait: the first one of a page fetches Pyodide (~6 MB) and boots it. */
const PYODIDE_MS = 40_000;

const exercises = listPythonExercises();

/** The first Python hint as the page shows it: its inline code marks are gone. */
function firstPythonHint(slug: string): string {
  const text = readFileSync(`content/exercises/en/${slug}.mdx`, 'utf8');
  const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { python?: { hints?: string[] } };
  return (data.python?.hints?.[0] ?? '').replace(/`/g, '');
}

test('at least six exercises have a Python variant', () => {
  expect(exercises.length).toBeGreaterThanOrEqual(6);
});

for (const exercise of exercises) {
  test(`${exercise.slug} in Python: starter fails, solution passes with a summary, hints are Python's @cpu-heavy`, async ({
    page,
    site,
  }) => {
    test.setTimeout(3 * exercise.timeLimitMs + 2 * PYODIDE_MS + 60_000);
    await page.goto(site.url(`en/exercises/${exercise.slug}/?lang=python`));
    await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('[data-playground="exercise"]')).toHaveAttribute('data-language', 'python');
    const ws = workspace(page);
    expect(await ws.code()).toBe(exercise.starter);

    expect(await ws.runChecks(exercise.timeLimitMs + PYODIDE_MS)).not.toBe('All checks passed');
    const failed = ws.items.and(page.locator('[data-status="fail"]'));
    await expect(failed.first()).toBeVisible();
    await expect(failed.first().locator('.ex-result-message')).not.toBeEmpty();

    await page.getByRole('button', { name: 'Show solution' }).click();
    await page.getByRole('button', { name: 'Copy solution into my code' }).click();
    expect(await ws.runChecks(exercise.timeLimitMs + PYODIDE_MS), await ws.failures()).toBe('All checks passed');
    // The result contract is the TypeScript one: data-check and data-status per check, and the summary.
    await expect(ws.items).toHaveCount(exercise.pythonChecks);
    await expect(ws.items.and(page.locator('[data-check][data-status="pass"]'))).toHaveCount(exercise.pythonChecks);
    await expect(page.locator('[data-checks-summary]')).toHaveAttribute('data-passed', String(exercise.pythonChecks));

    // The hints are the Python variant's own, not the TypeScript ones.
    await page.getByRole('button', { name: `Show a hint (1 of ${exercise.pythonHints})` }).click();
    await expect(page.locator('[data-hint]').first()).toHaveText(`Hint 1: ${firstPythonHint(exercise.slug)}`);
  });
}

test('the language choice is a tab, written into the URL and remembered @cpu-heavy', async ({ page, site }) => {
  const [exercise] = exercises;
  if (!exercise) throw new Error('no Python exercises');
  await page.goto(site.url(`en/exercises/${exercise.slug}/`));
  await expect(page.getByRole('tab', { name: 'TypeScript' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-playground="exercise"]')).toHaveAttribute('data-language', 'typescript');
  await expect(page.locator('[data-for-language="python"]').first()).toBeHidden();

  await page.getByRole('tab', { name: 'Python' }).click();
  await expect(page).toHaveURL(/\?lang=python$/);
  await expect(page.locator('async-exercise')).toHaveCount(1);
  await expect(page.locator('[data-playground="exercise"]')).toHaveAttribute('data-language', 'python');
  await expect(page.locator('[data-for-language="python"]').first()).toBeVisible();
  await expect(page.locator('[data-for-language="typescript"]').first()).toBeHidden();
  await expect(page.getByRole('link', { name: 'Assign this exercise' })).toHaveAttribute(
    'href',
    new RegExp(`exercise=${exercise.slug}&lang=python$`),
  );

  // Back on the plain URL, the reader's choice holds; the URL's own choice wins over it.
  await page.goto(site.url(`en/exercises/${exercise.slug}/`));
  await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
  await page.goto(site.url(`en/exercises/${exercise.slug}/?lang=typescript`));
  await expect(page.locator('[data-playground="exercise"]')).toHaveAttribute('data-language', 'typescript');
});

for (const exercise of exercises) {
  const solution = `content/exercises/code/${exercise.slug}/solution.py`;
  const variants: Variant[] = [
    { kind: 'right', path: solution, code: readFileSync(solution, 'utf8'), about: 'the reference', fails: undefined },
    ...listVariants(exercise.slug, 'python'),
  ];
  test(`${exercise.slug} in Python: each wrong solution fails its check, each right one passes all @cpu-heavy`, async ({
    page,
    site,
  }) => {
    test.setTimeout(variants.length * (exercise.timeLimitMs + 20_000) + PYODIDE_MS + 30_000);
    await page.goto(site.url(`en/exercises/${exercise.slug}/?lang=python`));
    const ws = workspace(page);
    await page.locator('[data-playground="exercise"]').getByRole('button', { name: 'Edit' }).click();
    const code = page.getByRole('textbox', { name: 'Code (plain text editing)' });
    await expect(code).toBeVisible();
    for (const variant of variants) {
      await test.step(`${variant.path}: ${variant.about}`, async () => {
        await code.fill(variant.code);
        const summary = await ws.runChecks(exercise.timeLimitMs + PYODIDE_MS);
        if (variant.kind === 'right') {
          expect.soft(summary, `${variant.path} should pass.\n${await ws.failures()}`).toBe('All checks passed');
          return;
        }
        const named = (await ws.outcomes()).find((o) => o.name === variant.fails);
        expect
          .soft(named?.status, `${variant.path} should fail "${variant.fails}".\n${await ws.failures()}`)
          .toBe('failed');
        // Failed by the check's own assertion, not by a crash or a hang.
        expect
          .soft(named?.message)
          .not.toMatch(/stopped responding|did not finish within|threw before the checks|was stopped before|Traceback/);
      });
    }
  });
}
