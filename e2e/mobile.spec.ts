import { expect, test } from './support/site';
import { playground } from './support/playground';

/**
 * A phone: 360 px wide, touch. Monaco cannot be used there, so the code becomes a plain textarea
 * that keeps the same Run button and console, and no page scrolls sideways.
 */
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
test.describe.configure({ mode: 'parallel' });

const PAGES = [
  '',
  'lessons/event-loop/',
  'playground/',
  'exercises/',
  'exercises/concurrent-fetches/',
  'assign/grade/',
] as const;

test('tapping the code gives a plain editor that runs', async ({ page, site }) => {
  await page.goto(site.url('en/lessons/event-loop/'));
  const pg = playground(page, 'sequential-vs-concurrent');
  await pg.root.locator('.pg-code pre').tap();
  const textarea = pg.root.locator('textarea.pg-textarea');
  await expect(textarea).toBeVisible();
  await expect(textarea).toBeFocused();
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  // Its own label: the editor's speaks of Ctrl+M, a key the textarea does not have.
  await expect(textarea).toHaveAccessibleName('Code (plain text editing)');

  await textarea.fill(`console.log('typed on a phone', 360);\n`);
  await pg.run.tap();
  await pg.finished('done');
  await expect(pg.console).toContainText('typed on a phone 360');
  // The whole playground, toolbar and console included, fits the screen.
  const box = await pg.root.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
});

for (const locale of ['zh-cn', 'en'] as const) {
  for (const path of PAGES) {
    test(`/${locale}/${path} fits 360 px with no sideways scroll`, async ({ page, site }) => {
      await page.goto(site.url(`${locale}/${path}`));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // Every header control is on screen and big enough to tap.
      for (const control of await page.locator('.site-header a, .site-header button').all()) {
        if (!(await control.isVisible())) continue;
        const box = await control.boundingBox();
        expect(box, await control.innerText()).not.toBeNull();
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
      }
    });
  }
}
