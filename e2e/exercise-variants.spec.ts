import { readFileSync } from 'node:fs';
import { expect, test } from './support/site';
import { listExercises, listVariants, TIMING_SENSITIVE_EXERCISES, type Variant, workspace } from './support/exercise';

/**
 * The checks themselves, judged through the page a learner uses: for every exercise, each wrong
 * solution kept next to the reference (content/exercises/code/<slug>/wrong/) fails the check its first
 * line names, and each right one (the reference and right/) passes them all. On a narrow screen the
 * code is a plain textarea, so there is no editor to download: each variant is pasted in as a learner
 * on a phone would, and Check runs it in the real sandbox. One page load serves every variant.
 */
test.use({ viewport: { width: 600, height: 1000 } });
test.describe.configure({ mode: 'parallel' });

for (const exercise of listExercises()) {
  const solution = `content/exercises/code/${exercise.slug}/solution.ts`;
  const variants: Variant[] = [
    { kind: 'right', path: solution, code: readFileSync(solution, 'utf8'), about: 'the reference', fails: undefined },
    ...listVariants(exercise.slug),
  ];
  const tag = TIMING_SENSITIVE_EXERCISES.has(exercise.slug) ? ' @cpu-heavy' : '';
  test(`${exercise.slug}: each wrong solution fails its check, each right one passes all${tag}`, async ({
    page,
    site,
  }) => {
    test.setTimeout(variants.length * (exercise.timeLimitMs + 20_000) + 30_000);
    await page.goto(site.url(`en/exercises/${exercise.slug}/`));
    const ws = workspace(page);
    await page.locator('[data-playground="exercise"]').getByRole('button', { name: 'Edit' }).click();
    const code = page.getByRole('textbox', { name: 'Code (plain text editing)' });
    await expect(code).toBeVisible();

    // Soft assertions: one run reports every variant the checks misjudge, not only the first.
    for (const variant of variants) {
      await test.step(`${variant.path}: ${variant.about}`, async () => {
        await code.fill(variant.code);
        expect(await ws.code()).toBe(variant.code);
        const summary = await ws.runChecks(exercise.timeLimitMs);
        if (variant.kind === 'right') {
          expect.soft(summary, `${variant.path} should pass.\n${await ws.failures()}`).toBe('All checks passed');
          return;
        }
        const outcomes = await ws.outcomes();
        const named = outcomes.find((o) => o.name === variant.fails);
        expect
          .soft(named?.status, `${variant.path} should fail "${variant.fails}".\n${await ws.failures()}`)
          .toBe('failed');
        // Failed by the check's own assertion, which says what is wrong, not by a crash or a hang.
        expect
          .soft(named?.message)
          .not.toMatch(/stopped responding|did not finish within|threw before the checks|was stopped before/);
      });
    }
  });
}
