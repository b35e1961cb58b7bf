import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/site';
import { englishRuns, visibleUiText } from './support/english-text';

/**
 * Everything a zh-cn reader sees is Chinese: every zh-cn page of the built site, and the flows
 * where English used to appear (console after a run with a simulated request, the timeline, check
 * results of a failing starter, the assignment builder's errors). Code, product names and the
 * short allow-list in support/english-text.ts are the only English allowed.
 */
test.describe.configure({ mode: 'parallel' });

/** Every zh-cn route of the build, as the site serves it (…/index.html → …/). */
function zhRoutes(): string[] {
  return readdirSync('dist/zh-cn', { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `zh-cn/${file.replace(/index\.html$/, '')}`)
    .sort();
}

async function expectNoEnglish(page: Page): Promise<void> {
  const found = (await visibleUiText(page)).flatMap((text) => englishRuns(text).map((run) => `${run}  ← ${text}`));
  expect(found, `English on ${page.url()}`).toEqual([]);
}

for (const route of zhRoutes()) {
  test(`${route} shows no English outside code`, async ({ page, site }) => {
    await page.goto(site.url(route));
    await expectNoEnglish(page);
  });
}

test('a lesson after a run with a simulated request, its timeline open, is Chinese', async ({ page, site }) => {
  await page.goto(site.url('zh-cn/lessons/async-http/'));
  const playground = page.locator('async-playground').first();
  await playground.getByRole('button', { name: '运行', exact: true }).click();
  await expect(playground.locator('[role="status"]')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(playground.locator('[role="log"] [data-kind="system"]').first()).toContainText('模拟的');
  const toggle = playground.locator('[data-action="timeline"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(playground.locator('[data-timeline]')).toBeVisible();
  await expectNoEnglish(page);
});

test("the editor's own words are Chinese: its find box", async ({ page, site }) => {
  test.setTimeout(120_000);
  await page.goto(site.url('zh-cn/lessons/event-loop/'));
  const playground = page.locator('[data-playground="sequential-vs-concurrent"]');
  await playground.getByRole('button', { name: '编辑', exact: true }).click();
  const editor = playground.locator('.monaco-editor').first();
  await expect(editor).toBeVisible({ timeout: 60_000 });
  await page.keyboard.press('Control+f');
  const find = editor.locator('.find-widget');
  await expect(find.getByRole('textbox').first()).toHaveAttribute('placeholder', '查找');
  await expect(find.getByRole('button', { name: /^关闭/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expectNoEnglish(page);
});

test('an exercise with failed checks is Chinese', async ({ page, site }) => {
  test.setTimeout(90_000);
  await page.goto(site.url('zh-cn/exercises/concurrent-fetches/'));
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await expect(page.locator('[data-checks-summary]')).toHaveAttribute('data-total', /^[1-9]/, { timeout: 60_000 });
  await expect(page.locator('[data-check][data-status="fail"]').first()).toBeVisible();
  await expectNoEnglish(page);
});

for (const [locale, titleLabel, message] of [
  ['zh-cn', '标题', '请填写标题：学生打开链接时，它就是页面的标题。'],
  ['en', 'Title', 'Fill in a title: students see it as the heading of the page.'],
] as const) {
  test(`${locale}: a blank assignment says what to fill in`, async ({ page, site }) => {
    await page.goto(site.url(`${locale}/assign/`));
    await page.locator('select[name="from"]').selectOption('');
    const error = page.locator('[data-assign-error]');
    await expect(error).toBeVisible();
    await expect(error.getByRole('listitem')).toHaveText([message]);
    await expect(page.getByLabel(titleLabel, { exact: true })).toHaveAttribute('aria-invalid', '');
    await expect(page.locator('[data-assign-link]')).toHaveValue('');
    // Filling it in clears the error and makes the link.
    await page.getByLabel(titleLabel, { exact: true }).fill('Homework 1');
    await expect(error).toBeHidden();
    await expect(page.locator('[data-assign-link]')).toHaveValue(/#a=/);
    if (locale === 'zh-cn') await expectNoEnglish(page);
  });
}
