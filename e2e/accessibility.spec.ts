import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/site';
import { playground } from './support/playground';

/**
 * WCAG 2.2 AA with axe-core: no serious or critical violation on any page, in both locales and both
 * themes, before and after a run. A new kind of page (the assign page, say) is one more line in PAGES.
 * Each page is loaded once and checked in both themes (the theme button switches them).
 */
const PAGES = [
  '',
  'lessons/event-loop/',
  'playground/',
  'exercises/',
  'exercises/concurrent-fetches/',
  'assign/',
  'assign/grade/',
] as const;
const LOCALES = ['zh-cn', 'en'] as const;
const THEMES = ['light', 'dark'] as const;
test.describe.configure({ mode: 'parallel' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Theme = (typeof THEMES)[number];

/** Sets the theme the way a reader's earlier choice does, before the page's first script runs. */
async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('async-lab:theme', value), theme);
}

/** The serious and critical violations, one readable line per rule and element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    );
}

/**
 * Runs axe in the page's first theme, then switches to the other one with the theme button, as a
 * reader does, and runs it again: both themes from one page load.
 */
async function bothThemes(page: Page, check: (theme: Theme) => Promise<void>): Promise<void> {
  for (const theme of THEMES) {
    if (theme !== THEMES[0]) await page.locator('theme-toggle button').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await check(theme);
  }
}

for (const locale of LOCALES) {
  test.describe(`axe, ${locale}, light and dark`, () => {
    for (const path of PAGES) {
      test(`/${locale}/${path}`, async ({ page, site }) => {
        test.setTimeout(120_000); // axe twice; one pass took up to 40 s on CI's loaded machine
        await useTheme(page, THEMES[0]);
        await page.goto(site.url(`${locale}/${path}`));
        await bothThemes(page, async (theme) => {
          expect(await seriousViolations(page), theme).toEqual([]);
        });
      });
    }

    test(`/${locale}/lessons/event-loop/ after a run, with the search dialog open`, async ({ page, site }) => {
      test.setTimeout(240_000); // axe four times
      await useTheme(page, THEMES[0]);
      await page.goto(site.url(`${locale}/lessons/event-loop/`));
      const pg = playground(page, 'blocking');
      await pg.root.locator('[data-action="run"]').click();
      await expect(pg.entries.first()).toBeVisible({ timeout: 20_000 });
      await expect(pg.status).toHaveAttribute('data-duration-ms', /\d+/, { timeout: 20_000 });
      await bothThemes(page, async (theme) => {
        expect(await seriousViolations(page), `${theme}, after a run`).toEqual([]);
        await page.keyboard.press('Control+k');
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('searchbox').fill(locale === 'en' ? 'event loop' : '事件循环');
        await expect(dialog.locator('.search-hit').first()).toBeVisible();
        expect(await seriousViolations(page), `${theme}, search dialog`).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      });
    });
  });
}

// The landing page sends readers on to a locale at once, so its redirect is taken out here to
// let axe see what is shown meanwhile (and to readers without scripts).
for (const theme of THEMES)
  test(`axe, ${theme} theme, / (the landing page)`, async ({ page, site }) => {
    await useTheme(page, theme);
    await page.route(site.url(), async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('location.replace(', 'String(');
      await route.fulfill({ response, body });
    });
    await page.goto(site.url());
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await seriousViolations(page)).toEqual([]);
  });
