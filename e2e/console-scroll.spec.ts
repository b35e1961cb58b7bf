import type { Locator } from '@playwright/test';
import { expect, test } from './support/site';
import { icuCalls, recordIcuCalls } from './support/icu';
import { expectConsole, playground, playgroundUrl } from './support/playground';

// A long output keeps only the rows around the view in the DOM (src/components/playground/
// console-window.ts). These tests scroll it the way a reader does and check what is on screen.

/** The text of the console rows a reader can see, top to bottom. */
async function visibleRows(log: Locator): Promise<string[]> {
  return log.evaluate((element) => {
    const view = element.getBoundingClientRect();
    return [...element.querySelectorAll<HTMLElement>('.console-entry')]
      .filter((row) => {
        const box = row.getBoundingClientRect();
        return box.bottom > view.top + 1 && box.top < view.bottom - 1;
      })
      .map((row) => row.querySelector('.console-message')?.textContent ?? '');
  });
}

/** The numbers in rows like "line 42". */
const numbers = (rows: string[]): number[] => rows.map((row) => Number(/(\d+)$/.exec(row)?.[1] ?? NaN));

test('a long output keeps few rows in the page, and scrolling shows every kept line without gaps', async ({
  page,
  site,
}) => {
  await page.goto(playgroundUrl(site.url, `for (let i = 0; i < 5_000; i++) console.log('line', i);`));
  const pg = playground(page);
  await pg.run.click();
  await pg.finished('done');
  await expectConsole(pg.console, 'line 4999');
  await expect(pg.console).toContainText('3,000 earlier lines were dropped');
  const rows = pg.console.locator('.console-entry');
  expect(await rows.count()).toBeLessThan(200);

  // Back to the top: the oldest kept line, right under the notice.
  await pg.console.evaluate((element) => (element.scrollTop = 0));
  await expect(pg.console.locator('.console-entry', { hasText: /^\+\d+ msline 3000$/ })).toBeInViewport();

  // Anywhere in between, the view is full of consecutive lines, and roughly where the scrollbar says.
  for (const fraction of [0.25, 0.5, 0.8]) {
    await pg.console.evaluate((element, f) => {
      element.scrollTop = (element.scrollHeight - element.clientHeight) * f;
    }, fraction);
    await expect
      .poll(async () => numbers(await visibleRows(pg.console)).length, { timeout: 15_000 })
      .toBeGreaterThan(5);
    const shown = numbers(await visibleRows(pg.console));
    shown.forEach((n, index) => expect(n).toBe((shown[0] ?? 0) + index));
    const expected = 3000 + 2000 * fraction;
    expect(Math.abs((shown[0] ?? 0) - expected)).toBeLessThan(40);
    expect(await rows.count()).toBeLessThan(200);
  }
});

test('where a flood had lines left out, the console says so in that place, with how many', async ({ page, site }) => {
  // The worker sends the first 5 000 lines of a flood, then a trickle, then the last 500; the console
  // keeps the newest 2 000. Every line shown must follow the one above it, or a row must say how
  // many were left out in between: otherwise line 5186 sits above line 9212 as if nothing were missing.
  await page.goto(playgroundUrl(site.url, `for (let i = 0; i < 20_000; i++) console.log('line', i);`));
  const pg = playground(page);
  await pg.run.click();
  await pg.finished('done');
  await expectConsole(pg.console, 'line 19999');
  // Printing draws every kept row (the view keeps only those near it): read them all that way.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const rows = await pg.console.evaluate((log) =>
    [...log.children]
      .filter((row) => !row.classList.contains('console-spacer'))
      .map((row) => row.querySelector('.console-message')?.textContent ?? row.textContent ?? ''),
  );
  const count = (text: string): number => Number(/([\d,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
  expect(rows[0]).toMatch(/earlier lines were dropped/);
  let expected = count(rows[0] ?? '');
  let gaps = 0;
  for (const row of rows.slice(1)) {
    if (/left out here/.test(row)) {
      expected += count(row);
      gaps++;
    } else {
      expect(row, 'the line after what the rows above it account for').toBe(`line ${String(expected)}`);
      expected++;
    }
  }
  expect(expected).toBe(20_000);
  expect(gaps, 'the flood was cut somewhere').toBeGreaterThan(0);
});

for (const [locale, notice] of [
  ['en', '3,000 earlier lines were dropped'],
  ['zh-cn', '省略了较早的 3,000 条输出'],
] as const) {
  test(`${locale}: the dropped-lines notice counts in the page's language, without a stall to load ICU`, async ({
    page,
    site,
  }) => {
    // Chromium's own locale here is en-US: the zh-cn page must not follow it, nor load ICU's number
    // data for one count (its first use blocked the page ~130 ms, the flood's longest frame).
    await recordIcuCalls(page);
    await page.goto(playgroundUrl(site.url, `for (let i = 0; i < 5_000; i++) console.log('line', i);`, locale));
    const pg = playground(page);
    await pg.root.locator('[data-action="run"]').click();
    await pg.finished('done');
    await expectConsole(pg.console, 'line 4999');
    await expect(pg.console.locator('.console-dropped')).toHaveText(new RegExp(notice));
    expect(await icuCalls(page, { exceptEditor: true })).toEqual([]);
  });
}

test('the view stays on the line the reader scrolled to while more lines arrive and old ones drop', async ({
  page,
  site,
}) => {
  const code = [
    `import { sleep } from 'async-lab';`,
    `for (let i = 0; i < 1_500; i++) console.log('line', i);`,
    // Printing 2 500 lines took seconds on CI's busy machine; with this sleep it all fits in the
    // 10 s run limit, and the in-page scroll below needs only a moment.
    `await sleep(3_000);`,
    `for (let i = 1_500; i < 2_500; i++) console.log('line', i);`,
  ].join('\n');
  await page.goto(playgroundUrl(site.url, code));
  const pg = playground(page);
  await pg.console.hover();
  // The reader scrolls up to line 1000 while the program sleeps. Done inside the page the moment
  // line 1499 shows, and the rows then on screen are read there too, as soon as the console has
  // drawn them: from the test, the round trips took longer than the 3 s sleep on a busy machine.
  // Armed before the click, so no round trip lies between the Run and the watch either.
  await pg.console.evaluate((element) => {
    (window as unknown as { scrolled?: Promise<unknown> }).scrolled = new Promise<{
      target: number;
      first: number;
      asleep: boolean;
    }>((resolve) => {
      const firstVisible = (): number | null => {
        const view = element.getBoundingClientRect();
        const rows = [...element.querySelectorAll<HTMLElement>('.console-entry')].filter((row) => {
          const box = row.getBoundingClientRect();
          return box.bottom > view.top + 1 && box.top < view.bottom - 1;
        });
        if (rows.length <= 5) return null;
        return Number(/(\d+)$/.exec(rows[0]?.querySelector('.console-message')?.textContent ?? '')?.[1] ?? NaN);
      };
      const scrollWhenPrinted = (): boolean => {
        if (!element.textContent?.includes('line 1499')) return false;
        const row = element.querySelector('.console-entry');
        element.scrollTop = (row?.getBoundingClientRect().height ?? 26) * 1000 + 40;
        const target = element.scrollTop;
        const read = (): void => {
          const first = firstVisible();
          if (first === null) requestAnimationFrame(read);
          else resolve({ target, first, asleep: !element.textContent?.includes('line 1500') });
        };
        requestAnimationFrame(read);
        return true;
      };
      const observer = new MutationObserver(() => {
        if (scrollWhenPrinted()) observer.disconnect();
      });
      observer.observe(element, { childList: true, subtree: true, characterData: true });
    });
  });
  await pg.run.click();
  const seen = (await page.evaluate(() => (window as unknown as { scrolled: Promise<unknown> }).scrolled)) as {
    target: number;
    first: number;
    asleep: boolean;
  };
  expect(seen.target).toBeGreaterThan(0);
  expect(seen.asleep, 'the program should still be asleep').toBe(true);
  expect(seen.first).toBeGreaterThan(900);
  expect(seen.first).toBeLessThan(1100);

  await pg.finished('done');
  await expect(pg.console).toContainText('500 earlier lines were dropped');
  // Lines 0–499 were dropped above the view and 1 000 arrived below it: the same lines are on screen.
  await expect.poll(async () => numbers(await visibleRows(pg.console))[0]).toBe(seen.first);
  // The newest line is still one scroll away.
  await pg.console.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(pg.console.locator('.console-entry').last()).toContainText('line 2499');
});

test('an object opened in a long output stays open after scrolling away and back', async ({ page, site }) => {
  const code = `console.log({ answer: 42, nested: { deep: true } });\nfor (let i = 0; i < 1_000; i++) console.log('line', i);`;
  await page.goto(playgroundUrl(site.url, code));
  const pg = playground(page);
  await pg.run.click();
  await pg.finished('done');
  await expectConsole(pg.console, 'line 999');
  await pg.console.evaluate((element) => (element.scrollTop = 0));
  const object = pg.console.locator('.console-entry', { hasText: 'answer' });
  await object.locator('summary').first().click();
  await expect(object).toContainText('deep');
  const opened = await object.evaluate((row) => row.getBoundingClientRect().height);
  // The line under the opened object is not covered by it.
  const next = pg.console.locator('.console-entry', { hasText: /msline 0$/ });
  const gap = await next.evaluate(
    (row) => row.getBoundingClientRect().top - (row.previousElementSibling?.getBoundingClientRect().bottom ?? 0),
  );
  expect(Math.abs(gap)).toBeLessThan(2);

  await pg.console.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(object).not.toBeAttached();
  await pg.console.evaluate((element) => (element.scrollTop = 0));
  await expect(object).toContainText('deep');
  expect(await object.evaluate((row) => row.getBoundingClientRect().height)).toBe(opened);
});

test('printing puts every kept line on paper', async ({ page, site }) => {
  await page.goto(playgroundUrl(site.url, `for (let i = 0; i < 1_000; i++) console.log('line', i);`));
  const pg = playground(page);
  await pg.run.click();
  await pg.finished('done');
  await expectConsole(pg.console, 'line 999');
  const rows = pg.console.locator('.console-entry');
  expect(await rows.count()).toBeLessThan(200);
  // page.pdf() fires no print events; the event is what the browser sends before printing.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(rows).toHaveCount(1_000);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(() => rows.count()).toBeLessThan(200);
});
