import { expect, test } from './support/site';
import { exerciseTag, listExercises, workspace } from './support/exercise';
import { MONACO_MS } from './support/editor';
import { timeInPage } from './support/playground';
import { esbuildRequests } from './support/requests';

/**
 * Every exercise, in English: the starter code fails at least one check, the reference solution
 * (opened in the diff, then copied in) passes them all and the page then offers the next exercise
 * (by order; after the last, the list), and Undo brings the starter back. Hints appear one at a
 * time. Exercises are found on disk, so a new one is tested without editing this file.
 */
// Each exercise is independent (fresh storage per test): spread them over the workers.
test.describe.configure({ mode: 'parallel' });

for (const exercise of listExercises()) {
  const next = listExercises()
    .filter((e) => e.order > exercise.order)
    .sort((a, b) => a.order - b.order)[0];
  test(
    `${exercise.slug}: starter fails, solution passes and leads on, undo restores, hints one at a time`,
    exerciseTag(exercise.slug),
    async ({ page, site }) => {
      test.setTimeout(3 * exercise.timeLimitMs + 60_000);
      const compilers = esbuildRequests(page);
      await page.goto(site.url(`en/exercises/${exercise.slug}/`));
      const ws = workspace(page);

      expect(await ws.runChecks(exercise.timeLimitMs)).not.toBe('All checks passed');
      await expect(ws.items.and(page.locator('[data-check-status="failed"]')).first()).toBeVisible();
      await expect(ws.items.locator('.ex-result-message').first()).not.toBeEmpty();
      const onward = next
        ? ws.root.getByRole('link', { name: `Next exercise: ${next.title} →`, exact: true })
        : ws.root.getByRole('link', { name: 'All exercises', exact: true });
      await expect(onward).toBeHidden();

      await page.getByRole('button', { name: 'Show solution' }).click();
      await expect(page.locator('[data-diff]')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
      await page.getByRole('button', { name: 'Copy solution into my code' }).click();
      expect(await ws.runChecks(exercise.timeLimitMs)).toBe('All checks passed');
      await expect(ws.items.and(page.locator('[data-check-status="passed"]'))).toHaveCount(await ws.items.count());
      await expect(onward).toBeVisible();
      await expect(onward).toHaveAttribute('href', next ? `/en/exercises/${next.slug}/` : '/en/exercises/');
      if (!next) await expect(ws.root.locator('[data-next]')).toContainText('That was the last exercise.');

      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      expect(await ws.code()).toBe(exercise.starter);

      const hints = page.locator('[data-hint]');
      await expect(hints).toHaveCount(0);
      for (let n = 1; n <= exercise.hints; n += 1) {
        await page.getByRole('button', { name: `Show a hint (${n} of ${exercise.hints})` }).click();
        await expect(hints).toHaveCount(n);
        await expect(hints.nth(n - 1)).toBeFocused();
      }
      await expect(page.getByRole('button', { name: /Show a hint/ })).toBeHidden();
      // The page's quick path built the starter and the solution with their checks: no esbuild-wasm.
      expect(compilers).toEqual([]);
    },
  );
}

test('an infinite loop fails every check with a reason, within the time limit', async ({ page, site }) => {
  const exercise = listExercises().find((e) => e.slug === 'concurrent-fetches') ?? listExercises()[0];
  if (!exercise) throw new Error('no exercises');
  test.setTimeout(exercise.timeLimitMs + 60_000);
  await page.goto(site.url(`en/exercises/${exercise.slug}/`));
  const ws = workspace(page);
  // Typed into the editor, as a learner would.
  await page.locator('[data-playground="exercise"]').getByRole('button', { name: 'Edit' }).click();
  const editor = page.locator('[data-playground="exercise"] .monaco-editor');
  await expect(editor).toBeVisible({ timeout: MONACO_MS });
  await editor.click();
  await page.keyboard.press('Control+Home');
  // Whether or not the editor closes the brace itself, typing "}" leaves exactly one.
  await page.keyboard.type('while (true) {}');
  await page.keyboard.press('Enter');
  await expect.poll(() => ws.code()).toContain('while (true)');

  // Timed in the page, from the click on Check to the run's status saying it timed out.
  const status = page.locator('[data-playground="exercise"] [role="status"]');
  const clickToEnd = timeInPage(
    page.locator('[data-playground="exercise"]'),
    { click: '[data-action="check"]' },
    'timeout',
  );
  expect(exercise.checks).toBeGreaterThan(0);
  expect(await ws.runChecks(exercise.timeLimitMs)).toBe(`0 of ${exercise.checks} checks passed`);
  await expect(ws.items.and(page.locator('[data-check-status="pending"]'))).toHaveCount(0);
  // The page ends a run that has not answered for 5 s (NOT_RESPONDING_MS): after that, and well
  // before the exercise's own time limit would.
  const ms = await clickToEnd;
  expect(ms).toBeGreaterThanOrEqual(5_000);
  expect(ms).toBeLessThan(exercise.timeLimitMs);
  // An endless loop never yields, so the page ends it once it has not answered for 5 s.
  for (const message of await ws.items.locator('.ex-result-message').allTextContents()) {
    expect(message).toContain('Your code stopped responding');
  }
  await expect(status).toHaveAttribute('data-state', 'timeout');
});
