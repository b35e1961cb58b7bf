import { expect, test } from './support/site';

/**
 * The notes are Chinese, so their section names are too. An English page gives each one an English
 * name and keeps the original beside it, marked as Chinese; a Chinese page shows the original alone.
 */
for (const width of [360, 1280] as const) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: width === 360 ? 740 : 900 } });

    test('an English lesson names the notes’ sections in English, the original beside them', async ({ page, site }) => {
      await page.goto(site.url('en/lessons/gather/'));
      const chip = page.locator('.section-chip', { hasText: '1.3.2' });
      await expect(chip).toHaveText('1.3.2 Automatic (自动)');
      await expect(chip.locator('[lang="zh-CN"]')).toHaveText('自动');
    });

    test('the English course outline on the home page does the same', async ({ page, site }) => {
      await page.goto(site.url('en/'));
      await expect(page.locator('.card-sections').filter({ hasText: '1.4' })).toContainText(
        '1.4 Async HTTP requests (异步 http 请求)',
      );
    });

    test('a Chinese lesson shows the notes’ own name alone', async ({ page, site }) => {
      await page.goto(site.url('zh-cn/lessons/gather/'));
      await expect(page.locator('.section-chip', { hasText: '1.3.2' })).toHaveText('1.3.2 自动');
    });
  });
}
