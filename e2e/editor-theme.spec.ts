import type { Locator } from '@playwright/test';
import { expect, test } from './support/site';
import { openEditor } from './support/editor';
import { playground } from './support/playground';

/**
 * The build-time highlighted code and Monaco, which replaces it when the reader edits, draw the same
 * code in the same colours: nothing changes colour under the reader's eyes, in either theme.
 */
interface Look {
  background: string;
  keyword: string;
  string: string;
  comment: string;
}

/** The computed colours of the code area and of a keyword, a string and a comment in it. */
function look(area: Locator, tokens: string): Promise<Look> {
  return area.evaluate((root, selector) => {
    const spans = [...root.querySelectorAll<HTMLElement>(selector)];
    const colour = (match: (text: string) => boolean): string => {
      const span = spans.find((element) => match(element.textContent ?? ''));
      return span ? getComputedStyle(span).color : 'not found';
    };
    const backed = [root, ...root.querySelectorAll<HTMLElement>('pre, .monaco-editor-background')].reverse();
    const filled = backed.find((element) => getComputedStyle(element).backgroundColor !== 'rgba(0, 0, 0, 0)');
    return {
      background: filled ? getComputedStyle(filled).backgroundColor : 'none',
      keyword: colour((text) => text.trim() === 'return'),
      string: colour((text) => text.includes('file.txt')),
      // One word: Monaco draws spaces as no-break spaces.
      comment: colour((text) => text.includes('network')),
    };
  }, tokens);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('Monaco colours the code as the static view did', async ({ page, site }) => {
      test.setTimeout(240_000);
      await page.goto(site.url('en/lessons/event-loop/'));
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const pg = playground(page, 'sequential-vs-concurrent');
      const area = pg.root.locator('[data-code-host]');
      const before = await look(area, 'pre.astro-code .line span');
      expect(Object.values(before)).not.toContain('not found');

      await openEditor(pg.root);
      // Monaco draws the lines first and colours them when its tokenizer has run.
      await expect.poll(() => look(area, '.view-line span[class^="mtk"]'), { timeout: 90_000 }).toEqual(before);
    });
  });
}
