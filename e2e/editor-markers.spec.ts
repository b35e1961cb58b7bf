import { expect, test } from './support/site';
import { errorLinesWithProbe, openEditor } from './support/editor';
import { listExercises } from './support/exercise';
import { playground } from './support/playground';

/**
 * The editor must never call the course's own code broken. src/editor/editor-diagnostics.test.ts runs
 * Monaco's own TypeScript worker in Node over every example, starter and solution in both locales;
 * these tests prove that the editor in the page agrees with it: a lesson with several editors on one
 * page, an exercise's starter and solution, and a type error that is underlined and then cleared.
 * Each adds a deliberate type error at the end, which also proves the diagnostics ran.
 */
test.describe.configure({ mode: 'parallel' });

test('every example of a lesson opens with no error markers, several editors on one page', async ({ page, site }) => {
  const slug = 'event-loop';
  test.setTimeout(300_000);
  await page.goto(site.url(`en/lessons/${slug}/`));
  const ids = await page
    .locator('[data-playground][data-language="typescript"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-playground') ?? ''));
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const editor = await openEditor(playground(page, id).root);
    const { errors, probe } = await errorLinesWithProbe(page, editor);
    expect(errors, `${slug} #${id}`).toEqual([probe]);
  }
});

const [exercise] = listExercises();
if (exercise)
  test(`the starter and the solution of ${exercise.slug} open with no error markers`, async ({ page, site }) => {
    test.setTimeout(240_000);
    await page.goto(site.url(`en/exercises/${exercise.slug}/`));
    const pg = playground(page, 'exercise');
    const editor = await openEditor(pg.root);
    const starter = await errorLinesWithProbe(page, editor);
    expect(starter.errors, 'starter').toEqual([starter.probe]);

    await page.getByRole('button', { name: 'Show solution' }).click();
    await page.getByRole('button', { name: 'Copy solution into my code' }).click();
    await editor.click();
    const solution = await errorLinesWithProbe(page, editor);
    expect(solution.errors, 'solution').toEqual([solution.probe]);
  });

test('a deliberate type error is still underlined, and fixing it clears the mark', async ({ page, site }) => {
  test.setTimeout(150_000);
  await page.goto(site.url('en/playground/'));
  const editor = await openEditor(playground(page).root);
  await page.keyboard.press('Control+End');
  // One insertion, not key by key: typed slowly, the checker may underline a half-typed word
  // (`Promise.resolv`) and the test would read that squiggle instead of the one it means.
  await page.keyboard.press('Enter');
  await page.keyboard.insertText("const count: number = await Promise.resolve('three');");
  const squiggle = editor.locator('.squiggly-error');
  await expect(squiggle).toHaveCount(1, { timeout: 45_000 });
  // The squiggle lies under the text layer, so the pointer goes to where it is drawn.
  const box = await squiggle.boundingBox();
  if (!box) throw new Error('the squiggle has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.monaco-hover').first()).toContainText("Type 'string' is not assignable to type 'number'");
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText('const count: number = await Promise.resolve(3);');
  await expect(squiggle).toHaveCount(0, { timeout: 30_000 });
});
