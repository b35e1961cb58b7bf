import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/site';
import { playground, playgroundUrl } from './support/playground';
import { MONACO_MS } from './support/editor';

/**
 * Everything a reader does can be done from the keyboard alone, and they can always see where the
 * focus is: Run, Stop, the console, leaving the editor, the theme and language switches, search.
 */

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${target.toString()}`);
}

/** The focused element draws an outline a sighted user can see (WCAG 2.4.7). */
async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const outline = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

test('Tab reaches Run, Enter runs, and the console can be focused', async ({ page, site }) => {
  await page.goto(site.url('en/lessons/event-loop/'));
  const pg = playground(page, 'sequential-vs-concurrent');
  await tabTo(page, pg.run);
  await expectVisibleFocus(pg.run);
  await page.keyboard.press('Enter');
  await pg.finished('done');
  await expect(pg.entries.first()).toBeVisible();
  await tabTo(page, pg.console);
  await expectVisibleFocus(pg.console);
});

test('from the editor, Ctrl+M frees Tab; Run and Stop work from the keyboard', async ({ page, site }) => {
  await page.goto(
    playgroundUrl(site.url, `import { sleep } from 'async-lab';\nconsole.log('start');\nawait sleep(30_000);\n`),
  );
  const pg = playground(page);
  const editor = pg.root.locator('.monaco-editor textarea, .monaco-editor .native-edit-context').first();
  await expect(editor).toBeFocused({ timeout: MONACO_MS });
  // Sighted users are told how to get out, while the editor has focus.
  await expect(pg.root.locator('.pg-tab-hint')).toBeVisible();
  await expect(pg.root.locator('.pg-tab-hint')).toContainText('Ctrl+M');

  await page.keyboard.press('Control+m');
  await tabTo(page, pg.run, { back: true, max: 10 });
  await expect(pg.root.locator('.pg-tab-hint')).toBeHidden();
  await expectVisibleFocus(pg.run);
  await page.keyboard.press('Enter');
  await expect(pg.console).toContainText('start', { timeout: 20_000 });
  await page.keyboard.press('Tab');
  await expectVisibleFocus(pg.stop);
  await page.keyboard.press('Enter');
  await pg.finished('stopped');
});

test('the theme and language switches work from the keyboard', async ({ page, site }) => {
  await page.goto(site.url('en/lessons/event-loop/'));
  const html = page.locator('html');
  const before = await html.getAttribute('data-theme');
  const other = before === 'dark' ? 'light' : 'dark';
  const themeButton = page.getByRole('button', { name: /Switch to (dark|light) theme/ });
  await tabTo(page, themeButton);
  await expectVisibleFocus(themeButton);
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-theme', other);
  await page.keyboard.press('Space');
  await expect(html).toHaveAttribute('data-theme', before ?? 'light');

  const chinese = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' });
  await tabTo(page, chinese, { back: true });
  await expectVisibleFocus(chinese);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh-cn\/lessons\/event-loop\/$/);
});

test('the skip link is the first stop and moves focus to the content', async ({ page, site }) => {
  await page.goto(site.url('en/lessons/event-loop/'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expectVisibleFocus(skip);
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
