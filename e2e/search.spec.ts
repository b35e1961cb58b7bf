import type { Page } from '@playwright/test';
import { expect, test } from './support/site';
import { MONACO_MS } from './support/editor';

/**
 * Search: a dialog in the header, opened with / or Ctrl/Cmd+K, over the Pagefind index the build
 * writes. Each locale searches its own pages; results link to the page and to matching headings.
 */

function searchDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  return {
    dialog,
    input: dialog.getByRole('searchbox'),
    status: dialog.getByRole('status'),
    pages: dialog.locator('.search-hit-page'),
    headings: dialog.locator('.search-hit-heading'),
  };
}

test('Chinese queries find Chinese lessons and link to their headings', async ({ page, site }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  await page.goto(site.url('zh-cn/lessons/tasks/'));
  // The index is not part of the page's cost: nothing is fetched until search opens.
  expect(pagefindRequests).toEqual([]);

  await page.keyboard.press('/');
  const search = searchDialog(page);
  await expect(search.dialog).toBeVisible();
  await expect(search.input).toBeFocused();
  await search.input.fill('事件循环');
  await expect(search.pages.first()).toBeVisible();
  await expect(search.status).toContainText('找到');
  // A page whose title has the words comes first.
  await expect(search.pages.first()).toHaveAttribute('href', '/zh-cn/lessons/event-loop/');
  for (const href of await search.pages.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/zh-cn\//);
  }
  await expect(search.dialog.locator('mark').first()).toContainText(/事件|循环/);

  // Only pages with 协程 itself, not every 线程 (Pagefind alone splits 协程 into 协 + 程).
  await search.input.fill('协程');
  await expect(search.pages.first()).toHaveText(/^协程/);
  for (const excerpt of await search.dialog.locator('.search-excerpt').allTextContents()) {
    expect(excerpt).toContain('协程');
  }
  const heading = search.headings.first();
  const href = await heading.getAttribute('href');
  expect(href).toMatch(/^\/zh-cn\/(lessons|exercises)\/[\w-]+\/#.+/);
  await heading.click();
  await expect(search.dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${href?.split('#')[1] ?? ''}$`));
  expect(pagefindRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('exercises are searchable too', async ({ page, site }) => {
  await page.goto(site.url('en/'));
  await page.keyboard.press('/');
  const search = searchDialog(page);
  await search.input.fill('semaphore');
  await expect(search.pages.first()).toBeVisible();
  const hrefs = await search.pages.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/en/exercises/semaphore/');
});

test('Ctrl+K opens search, arrows and Enter follow a result, Esc gives focus back', async ({ page, site }) => {
  await page.goto(site.url('en/lessons/event-loop/'));
  const button = page.getByRole('button', { name: 'Search', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  const search = searchDialog(page);
  await expect(search.input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(search.input).toBeFocused();
  await search.input.fill('gather');
  await expect(search.status).toContainText(/\d+ pages? found/);
  await expect(search.pages.first()).toHaveAttribute('href', /^\/en\/lessons\//);
  await page.keyboard.press('ArrowDown');
  await expect(search.pages.first()).toBeFocused();
  const target = await search.pages.first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));

  // The new page's shortcut is bound by its module script: a key pressed before that is just a key.
  await page.waitForLoadState('load');
  await page.keyboard.press('/');
  await searchDialog(page).input.fill('zzzzqqq');
  await expect(searchDialog(page).status).toHaveText('Nothing found for “zzzzqqq”.');
  // One Esc closes the dialog, as its footer says, even with a query in the box (a search input's
  // own Esc only clears it); the query is still there when search opens again.
  await page.keyboard.press('Escape');
  await expect(searchDialog(page).dialog).toBeHidden();
  await page.keyboard.press('/');
  await expect(searchDialog(page).input).toHaveValue('zzzzqqq');
});

test('typing / in the editor types a slash instead of opening search', async ({ page, site }) => {
  await page.goto(site.url('en/playground/'));
  const editor = page.locator('.monaco-editor textarea, .monaco-editor .native-edit-context').first();
  await expect(editor).toBeFocused({ timeout: MONACO_MS });
  await page.keyboard.press('/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('/');
});

test('search works under a base path', async ({ page }) => {
  const root = process.env['E2E_SUB_URL'];
  test.skip(!root, 'no sub-path build (npm run build:sub)');
  await page.goto(new URL('en/lessons/event-loop/', root).href);
  await page.keyboard.press('/');
  const search = searchDialog(page);
  await search.input.fill('gather');
  const first = search.pages.first();
  await expect(first).toHaveAttribute('href', /^\/async-lab\/en\/lessons\//);
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/async-lab\/en\/lessons\/[\w-]+\/$/);
});
