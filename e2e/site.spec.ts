import { expect, test } from './support/site';

test.describe('course pages', () => {
  test('both locales render the outline and the first lesson', async ({ page, site }) => {
    await page.goto(site.url('en/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('TypeScript course you can run');
    await page
      .getByRole('link', { name: /The event loop, and why blocking matters/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The event loop, and why blocking matters');
    await expect(page.getByText('Everything runs on one thread', { exact: true }).first()).toBeVisible();
    await expect(page.locator('pre[data-language="python"]').first()).toContainText('asyncio.run(main())');

    const enOutline = await page.getByRole('navigation', { name: 'Course outline' }).getByRole('link').allInnerTexts();

    await page.goto(site.url('zh-cn/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('TypeScript 课程');
    // The Chinese outline lists every lesson the English one does, by its Chinese title, and leads there.
    const outline = page.getByRole('navigation', { name: '课程目录' });
    await expect(outline.getByRole('link')).toHaveCount(enOutline.length);
    await outline.getByRole('link', { name: /事件循环，以及阻塞为什么要紧/ }).click();
    await expect(page).toHaveURL(/\/zh-cn\/lessons\/event-loop\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('事件循环，以及阻塞为什么要紧');
    await expect(page.getByRole('heading', { name: '一切都在一个线程上运行' })).toBeVisible();
  });

  test('the outline marks the current lesson, and the page has a table of contents', async ({ page, site }) => {
    await page.goto(site.url('en/lessons/event-loop/'));
    const outline = page.getByRole('navigation', { name: 'Course outline' });
    await expect(outline.locator('[aria-current="page"]')).toHaveText(/The event loop/);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'What async buys' }).click();
    await expect(page).toHaveURL(/#what-async-buys$/);
  });

  test('the language switch keeps the reader on the same lesson', async ({ page, site }) => {
    await page.goto(site.url('en/lessons/event-loop/'));
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
    await expect(page).toHaveURL(/\/zh-cn\/lessons\/event-loop\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('事件循环，以及阻塞为什么要紧');
    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/lessons\/event-loop\/$/);
  });

  test('/ sends the reader to their preferred locale, with plain links as a fallback', async ({ browser, site }) => {
    const zh = await browser.newContext({ locale: 'zh-CN' });
    const zhPage = await zh.newPage();
    await zhPage.goto(site.url());
    await expect(zhPage).toHaveURL(/\/zh-cn\/$/);
    await zh.close();

    const noJs = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
    const noJsPage = await noJs.newPage();
    await noJsPage.goto(site.url());
    await expect(noJsPage.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await expect(noJsPage.getByRole('link', { name: '简体中文' })).toHaveAttribute('href', '/zh-cn/');
    await noJs.close();
  });

  test('an unknown address shows the 404 page with a way back', async ({ page, site }) => {
    const response = await page.goto(site.url('en/lessons/no-such-lesson/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Page not found');
    await page.getByRole('link', { name: 'Back to the course outline' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('the layout fits a 360 px screen without sideways scrolling', async ({ browser, site }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(site.url('zh-cn/lessons/event-loop/'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('button', { name: '切换到深色主题' })).toBeVisible();
    await context.close();
  });
});

test.describe('theme', () => {
  test('follows the OS until toggled, then persists across reloads without a flash', async ({ browser, site }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    // Record the theme at the moment <body> is created: before the first paint can happen.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset['theme'] ?? '';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.url('en/lessons/event-loop/'));
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');

    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();

    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('light');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');

    await page.goto(site.url('zh-cn/'));
    await expect(html).toHaveAttribute('data-theme', 'light');
    await context.close();
  });
});
