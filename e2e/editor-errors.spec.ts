import type { Page } from '@playwright/test';
import { expect, test } from './support/site';
import { openEditor } from './support/editor';
import { playground } from './support/playground';

/**
 * Monaco's editor and its diff view share one page: whichever opens first, neither may throw or log
 * an error (an uncaught error means some feature of one of them is broken).
 */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

async function openSolution(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Show solution' }).click();
  const diff = page.locator('[data-diff]');
  await expect(diff).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(diff.locator('.monaco-diff-editor')).toBeVisible();
  // The diff is computed in the editor worker; its result draws the changed lines.
  await expect(diff.locator('.line-insert, .char-insert').first()).toBeAttached({ timeout: 30_000 });
}

test.describe('an exercise with the editor and the solution diff', () => {
  test.setTimeout(120_000);

  test('editor first, then the diff: no uncaught or logged errors', async ({ page, site }) => {
    const errors = collectErrors(page);
    await page.goto(site.url('en/exercises/gather-order/'));
    await openEditor(playground(page, 'exercise').root);
    await page.keyboard.type('// mine\n');
    await openSolution(page);
    await page.getByRole('button', { name: 'Copy solution into my code' }).click();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.waitForTimeout(2_000); // errors from late work (folding, code lenses) come after a pause
    expect(errors).toEqual([]);
  });

  test('the diff first, then the editor: no uncaught or logged errors', async ({ page, site }) => {
    const errors = collectErrors(page);
    await page.goto(site.url('en/exercises/gather-order/'));
    await openSolution(page);
    await openEditor(playground(page, 'exercise').root);
    await page.keyboard.type('// mine\n');
    await page.waitForTimeout(2_000);
    expect(errors).toEqual([]);
  });
});
