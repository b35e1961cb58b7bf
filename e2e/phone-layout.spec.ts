import type { Page } from '@playwright/test';
import { expect, test } from './support/site';
import { playground } from './support/playground';

/**
 * What a reader sees on a 360 px phone and on a 1280 px laptop, in both languages: no page scrolls
 * sideways, the lesson's title is near the top, every page is reachable, and the small notices and
 * dialogs say what is true and move nothing.
 */
test.describe.configure({ mode: 'parallel' });

const LOCALES = ['zh-cn', 'en'] as const;
const WIDTHS = [360, 1280] as const;
const text = {
  'zh-cn': {
    outline: '课程目录',
    playground: '练习场',
    solution: '查看参考答案',
    reset: '全部重置',
    copied: '链接已复制',
    share: '分享',
  },
  en: {
    outline: 'Course outline',
    playground: 'Playground',
    solution: 'Show solution',
    reset: 'Reset everything',
    copied: 'Link copied',
    share: 'Share',
  },
} as const;

function onPhone(width: number) {
  return width === 360
    ? { viewport: { width, height: 740 }, hasTouch: true, isMobile: true }
    : { viewport: { width, height: 900 } };
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const width of WIDTHS) {
  test.describe(`${width} px`, () => {
    test.use(onPhone(width));

    for (const locale of LOCALES) {
      const t = text[locale];

      test(`${locale}: no lesson or exercise page scrolls sideways`, async ({ page, site }) => {
        test.setTimeout(120_000);
        await page.goto(site.url(`${locale}/exercises/`));
        const hrefs = new Set<string>([
          ...(await page
            .locator('.course-outline a')
            .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))),
          ...(await page
            .locator(`main a[href*="/${locale}/exercises/"]`)
            .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))),
        ]);
        expect(hrefs.size).toBeGreaterThan(20);
        const overflowing: string[] = [];
        for (const href of hrefs) {
          await page.goto(href);
          const overflow = await sidewaysOverflow(page);
          if (overflow > 0) overflowing.push(`${new URL(href).pathname} by ${overflow} px`);
        }
        expect(overflowing).toEqual([]);
      });

      test(`${locale}: the lesson title comes first and the outline leads to the playground`, async ({
        page,
        site,
      }) => {
        await page.goto(site.url(`${locale}/lessons/tasks/`));
        const title = page.getByRole('heading', { level: 1 });
        const outline = page.getByRole('navigation', { name: t.outline });
        const link = outline.getByRole('link', { name: t.playground, exact: true });
        if (width === 360) {
          // Closed, so the title sits right under it instead of ~600 px down.
          expect((await title.boundingBox())?.y ?? Infinity).toBeLessThan(200);
          await expect(link).toBeHidden();
          await outline.getByText(t.outline).tap();
        }
        await expect(link).toBeVisible();
        await link.click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/playground/$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.playground);
      });

      test(`${locale}: "Link copied" shows without moving the code`, async ({ page, site, context }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.goto(site.url(`${locale}/playground/`));
        const pg = playground(page);
        const code = pg.root.locator('[data-code-host]');
        // On a laptop the editor loads at once on this page; measure once it has settled.
        if (width === 1280) await expect(pg.root.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
        await page.waitForTimeout(500);
        const before = (await code.boundingBox())?.y;
        await pg.root.getByRole('button', { name: t.share, exact: true }).click();
        const notice = pg.root.getByText(t.copied);
        await expect(notice).toBeVisible();
        expect((await code.boundingBox())?.y).toBe(before);
        await expect(pg.root.getByRole('alert')).toBeHidden();
        // It goes away by itself.
        await expect(notice).toBeHidden({ timeout: 5_000 });
      });

      test(`${locale}: the reset dialog starts with its heading, no rule above it`, async ({ page, site }) => {
        await page.goto(site.url(`${locale}/exercises/`));
        await page.getByRole('button', { name: t.reset }).click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        const heading = dialog.getByRole('heading');
        const rule = await heading.evaluate((h) => getComputedStyle(h).borderTopStyle);
        expect(rule).toBe('none');
        const top = async (locator: typeof dialog) => (await locator.boundingBox())?.y ?? NaN;
        expect((await top(heading)) - (await top(dialog))).toBeLessThan(40);
      });

      test(`${locale}: the solution panel describes what it shows`, async ({ page, site }) => {
        await page.goto(site.url(`${locale}/exercises/concurrent-fetches/`));
        await page.getByRole('button', { name: t.solution }).click();
        // The paragraph that introduces what the panel shows.
        const intro = page.locator('#ex-solution-body > p').first();
        const left = locale === 'en' ? /left/ : /左边/;
        if (width === 360) {
          // Only the solution is shown: no talk of a left and a right side.
          await expect(page.locator('.ex-solution-text')).toBeVisible();
          await expect(intro).not.toHaveText(left);
          await expect(intro).toHaveText(locale === 'en' ? /reference solution/ : /参考答案/);
        } else {
          await expect(page.locator('[data-diff][data-ready]')).toBeVisible({ timeout: 30_000 });
          await expect(intro).toHaveText(left);
        }
      });

      test(`${locale}: the timeline legend names only the kinds the run drew`, async ({ page, site }) => {
        await page.goto(site.url(`${locale}/lessons/event-loop/`));
        const pg = playground(page, 'blocking');
        await pg.root.getByRole('button', { name: locale === 'en' ? 'Run' : '运行', exact: true }).click();
        await pg.finished('done');
        const timeline = pg.root.locator('[data-timeline]');
        await expect(timeline.locator('[data-span], [data-band]').first()).toBeVisible();
        const drawn = new Set(
          await timeline
            .locator('[data-span], [data-band]')
            .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['kind'])),
        );
        const legend = await timeline
          .locator('.tl-legend-item:visible')
          .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['tone']));
        expect(legend.sort()).toEqual([...drawn].sort());
      });
    }

    // A 700 px column gives each side ~350 px, and the exercises' longest lines are ~930 px wide:
    // the diff wraps them (src/editor/monaco-diff.ts).
    test('the side-by-side solution shows every line in full', async ({ page, site }) => {
      test.skip(width !== 1280, 'phones get the plain solution text, which wraps');
      await page.goto(site.url('en/exercises/first-response/'));
      await page.getByRole('button', { name: 'Show solution' }).click();
      await expect(page.locator('[data-diff][data-ready]')).toBeVisible({ timeout: 30_000 });
      const cut = await page.locator('[data-diff] .monaco-editor').evaluateAll((editors) =>
        editors
          .filter((editor) => editor.clientWidth > 0)
          .map((editor) => {
            const visible = editor.querySelector('.editor-scrollable')?.clientWidth ?? 0;
            const widest = Math.max(
              ...[...editor.querySelectorAll('.view-line > span')].map((line) => line.getBoundingClientRect().width),
            );
            return widest - visible;
          }),
      );
      expect(cut.length).toBeGreaterThan(0);
      for (const overflow of cut) expect(overflow).toBeLessThanOrEqual(0);
    });

    test('the plain-text editor keeps each code line on one line and scrolls instead', async ({ page, site }) => {
      test.skip(width !== 360, 'the plain editor is what phones get');
      await page.goto(site.url('zh-cn/lessons/event-loop/'));
      const pg = playground(page, 'sequential-vs-concurrent');
      await pg.root.locator('.pg-code pre').tap();
      const textarea = pg.root.locator('textarea.pg-textarea');
      await expect(textarea).toBeVisible();
      await textarea.fill(`const line = '${'x'.repeat(120)}';\nconsole.log(line.length);\n`);
      // A wrapped line would fit the box; an unwrapped one is wider than it, and the box scrolls sideways.
      const widths = await textarea.evaluate((el) => ({ content: el.scrollWidth, box: el.clientWidth }));
      expect(widths.content).toBeGreaterThan(widths.box + 200);
    });
  });
}
