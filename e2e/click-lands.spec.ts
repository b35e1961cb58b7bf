import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/site';
import { openEditor } from './support/editor';
import { playground } from './support/playground';

/**
 * The first click after typing must land. Pressing the mouse takes focus from the editor; if anything
 * under the pointer moved then (the editor's "Tab indents…" hint collapsing used to shift the page),
 * the button would be released elsewhere and the click lost. A real press and release at the
 * button's place, with the page scrolled to the bottom where a shorter page scrolls itself.
 */
async function typeThenScrollToBottom(page: Page, root: Locator): Promise<void> {
  await openEditor(root);
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('// my attempt\n');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(300); // let the scroll settle, as a reader's would
}

/** Presses and releases the mouse at the button's centre, as a person's click does. */
async function realClick(page: Page, button: Locator): Promise<void> {
  await expect(button).toBeInViewport();
  const box = await button.boundingBox();
  if (!box) throw new Error('the button has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(150); // a person holds the button for about this long
  await page.mouse.up();
}

async function assignmentLink(page: Page, siteUrl: (path: string) => string): Promise<string> {
  await page.goto(siteUrl('en/assign/?exercise=concurrent-fetches'));
  const link = page.locator('[data-assign-link]');
  await expect(link).toHaveValue(/\/en\/assign\/open\/#a=/);
  return link.inputValue();
}

test.describe('the first click after typing lands', () => {
  test.setTimeout(180_000);
  // A desktop screen tall enough to show the playground's toolbar with the page scrolled to the end
  // (past the checks, the hints and the footer's offline control).
  test.use({ viewport: { width: 1280, height: 1440 } });

  test('Check on an assignment page', async ({ page, site }) => {
    await page.goto(await assignmentLink(page, site.url));
    const pg = playground(page, 'exercise');
    await typeThenScrollToBottom(page, pg.root);
    const summary = page.locator('[data-summary]');
    const before = await summary.textContent();
    await realClick(page, pg.root.getByRole('button', { name: 'Check', exact: true }));
    await expect(summary).not.toHaveText(before ?? '');
    await expect(summary).toHaveText(/checks passed/, { timeout: 60_000 });
  });

  test('Run on an assignment page', async ({ page, site }) => {
    await page.goto(await assignmentLink(page, site.url));
    const pg = playground(page, 'exercise');
    await typeThenScrollToBottom(page, pg.root);
    await realClick(page, pg.run);
    await expect(pg.status).not.toHaveAttribute('data-state', 'idle');
    await pg.finished('done', 60_000);
  });

  test('Check on an exercise page', async ({ page, site }) => {
    await page.goto(site.url('en/exercises/concurrent-fetches/'));
    const pg = playground(page, 'exercise');
    await typeThenScrollToBottom(page, pg.root);
    const summary = page.locator('[data-summary]');
    const before = await summary.textContent();
    await realClick(page, pg.root.getByRole('button', { name: 'Check', exact: true }));
    await expect(summary).not.toHaveText(before ?? '');
    await expect(summary).toHaveText(/checks passed/, { timeout: 60_000 });
  });

  test('Run on an exercise page', async ({ page, site }) => {
    await page.goto(site.url('en/exercises/concurrent-fetches/'));
    const pg = playground(page, 'exercise');
    await typeThenScrollToBottom(page, pg.root);
    await realClick(page, pg.run);
    await expect(pg.status).not.toHaveAttribute('data-state', 'idle');
    await pg.finished('done', 60_000);
  });
});
