import { expect, test } from './support/site';
import { icuCalls, recordIcuCalls } from './support/icu';
import { requestedPaths } from './support/requests';
import { expectConsole, playground } from './support/playground';

/*
 * What a page does before the reader does anything, seen from the first Run (issue 17 §1): the
 * sandbox frame starts with the page, from its HTML, and the Run takes it over; nothing on the
 * way loads ICU's number data. This spec runs in Chromium's desktop process model, where the frame
 * has a process of its own and starts slowest (playwright.config.ts).
 */

const RUNTIME = /\/_astro\/worker-main-[^/]+\.js$/;
const PREBUILT = /\/_astro\/prebuilt\/[0-9a-f]{20}\.json$/;

test('a lesson starts its sandbox frame from its HTML, and a Run clicked as soon as it works runs in that frame', async ({
  page,
  site,
}) => {
  const html = await (await page.request.get(site.url('en/lessons/gather/'))).text();
  // (Tested, not matched: a failed toMatch would print the whole page.)
  expect(/<iframe sandbox="allow-scripts"[^]*?data-sandbox-frame/.test(html), 'the frame is in the HTML').toBe(true);
  expect(/<link rel="preload" href="[^"]*worker-main-[^"]+\.js" as="fetch"/.test(html), 'runtime preloaded').toBe(true);
  expect(/<link rel="preload" href="[^"]*\/prebuilt\/[0-9a-f]{20}\.json"/.test(html), 'bundles preloaded').toBe(true);

  const paths = requestedPaths(page);
  await page.goto(site.url('en/lessons/gather/'), { waitUntil: 'commit' });
  // The click the bench makes: as soon as the playground element works, before the page is idle.
  await page.evaluate(async () => {
    await customElements.whenDefined('async-playground');
    document.querySelector<HTMLElement>('[data-playground="first-error"] [data-action="run"]')?.click();
  });
  const pg = playground(page, 'first-error');
  await pg.finished('done');
  await expectConsole(pg.console, 'slow finished');

  // One frame: the page's own, taken over (its mark removed), not a second one made beside it.
  await expect(page.locator('iframe[sandbox]')).toHaveCount(1);
  await expect(page.locator('iframe[data-sandbox-frame]')).toHaveCount(0);
  // The preloads are what the Run used: each file was fetched once.
  expect(paths.filter((path) => RUNTIME.test(path))).toHaveLength(1);
  const own = new URL((await pg.root.getAttribute('data-prebuilt')) ?? '', page.url()).pathname;
  expect(own).toMatch(PREBUILT);
  expect(paths.filter((path) => path === own)).toHaveLength(1);

  // Its spare is ready for the next Run, and that Run works too.
  await expect(page.frameLocator('iframe[sandbox]').locator('html[data-spare="ready"]')).toBeAttached({
    timeout: 15_000,
  });
  await pg.run.click();
  await pg.finished('done');
  await expectConsole(pg.console, 'slow finished');
});

test('the Python playground starts its frame from its HTML too; a page with nothing to run starts none', async ({
  page,
  site,
}) => {
  const python = await (await page.request.get(site.url('en/playground/python/'))).text();
  expect(/<iframe [^]*?data-sandbox-frame/.test(python), 'the frame is in the HTML').toBe(true);
  // Python's page runs no TypeScript: it does not preload the TypeScript runtime.
  expect(/worker-main-[^"]+\.js" as="fetch"/.test(python), 'TypeScript runtime preloaded').toBe(false);

  await page.goto(site.url('en/lessons/glossary/'));
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
  await expect(page.locator('iframe')).toHaveCount(0);
});

for (const locale of ['en', 'zh-cn']) {
  test(`a ${locale} lesson loads and warms up without formatting numbers through ICU`, async ({ page, site }) => {
    // The first Intl.NumberFormat of a page loads ICU's number data: 70–120 ms of main thread on two
    // cores. The offline control's size label once did it as every page loaded, and it was the
    // longest frame after a first Run. Numbers shown while a page loads are formatted without it.
    await recordIcuCalls(page);
    await page.goto(site.url(`${locale}/lessons/event-loop/`));
    // The page's idle warm-up has run once the frame holds a spare worker.
    await expect(page.frameLocator('iframe[sandbox]').locator('html[data-spare="ready"]')).toBeAttached({
      timeout: 15_000,
    });
    await expect(page.locator('[data-offline-get]'), 'the offline control has shown its size').toContainText('MB');
    expect(await icuCalls(page)).toEqual([]);
  });
}

test('Timeline and Clear work when pressed before the page is idle (the console and timeline are set up on first use)', async ({
  page,
  site,
}) => {
  await page.goto(site.url('en/lessons/gather/'), { waitUntil: 'commit' });
  // As soon as the element works: its console and timeline are not made yet (they cost 10–45 ms a
  // playground, made while the page's modules ran), and the first click makes them before it lands.
  const pressed = await page.evaluate(async () => {
    await customElements.whenDefined('async-playground');
    const root = document.querySelector<HTMLElement>('[data-playground="all-settled"]');
    const madeBefore = root?.querySelector('[data-timeline] .tl-title') != null;
    root?.querySelector<HTMLElement>('[data-action="timeline"]')?.click();
    return { madeBefore, expanded: root?.querySelector('[data-action="timeline"]')?.getAttribute('aria-expanded') };
  });
  expect(pressed).toEqual({ madeBefore: false, expanded: 'true' });
  const pg = playground(page, 'all-settled');
  const timeline = pg.root.locator('[data-timeline]');
  await expect(timeline).toBeVisible();
  await expect(timeline).toContainText('Run the code to draw a timeline');
  await pg.run.click();
  await pg.finished('done');
  await expect(timeline.locator('[data-span]').first()).toBeAttached();
  await pg.root.locator('[data-action="clear"]').click();
  await expect(pg.entries).toHaveCount(0);
});

test('an open timeline looks the same before its view is made as after, and its Table button works at once', async ({
  page,
  site,
}) => {
  await page.goto(site.url('en/lessons/event-loop/'), { waitUntil: 'commit' });
  // Its idle state is in the HTML; the view is made when the page is idle, and takes the box over.
  const before = await page.evaluate(async () => {
    await customElements.whenDefined('async-playground');
    // "blocking": a TypeScript playground with no Python twin, so no tab hides it meanwhile.
    const box = document.querySelector<HTMLElement>('[data-playground="blocking"] [data-timeline]:not([hidden])');
    return {
      id: box?.closest<HTMLElement>('[data-playground]')?.dataset['playground'] ?? '',
      made: box?.querySelector('.tl-scroll') != null,
      height: box?.getBoundingClientRect().height,
      text: box?.innerText,
    };
  });
  expect(before.made).toBe(false);
  expect(before.text).toContain('Run the code to draw a timeline');
  const box = playground(page, before.id).root.locator('[data-timeline]');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
  await expect(box.locator('.tl-scroll')).toBeAttached();
  expect(await box.evaluate((element) => element.getBoundingClientRect().height)).toBe(before.height);
  expect(await box.innerText()).toBe(before.text);

  // On a fresh page, Table pressed before anything was made: the press makes the view, and lands.
  await page.goto(site.url('en/lessons/event-loop/'), { waitUntil: 'commit' });
  const pressed = await page.evaluate(async (id) => {
    await customElements.whenDefined('async-playground');
    const button = document.querySelector<HTMLElement>(`[data-playground="${id}"] .tl-table-toggle`);
    button?.click();
    return button?.getAttribute('aria-pressed');
  }, before.id);
  expect(pressed).toBe('true');
});
