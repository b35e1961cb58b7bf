import { expect, test } from './support/site';
import { playground } from './support/playground';

/** A printed lesson shows its prose and all of its code, in light colours, and none of the controls. */
test('a lesson prints its code and hides the controls', async ({ page, site }) => {
  // The reader's dark theme must not reach the paper.
  await page.addInitScript(() => localStorage.setItem('async-lab:theme', 'dark'));
  await page.emulateMedia({ media: 'print' });
  await page.goto(site.url('en/lessons/event-loop/'));
  const pg = playground(page, 'sequential-vs-concurrent');

  const code = pg.root.locator('.pg-code pre');
  await expect(code).toBeVisible();
  await expect(code).toContainText('await');
  // Nothing is cut off at the edge of a scroll area.
  const clipped = await page
    .locator('pre.astro-code')
    .evaluateAll((pres) => pres.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length);
  expect(clipped).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');

  for (const control of [
    pg.run,
    pg.stop,
    pg.console,
    page.getByRole('button', { name: /Switch to (dark|light) theme/ }),
    page.getByRole('navigation', { name: 'Language' }),
    page.getByRole('button', { name: 'Search', exact: true }),
    page.getByRole('navigation', { name: 'Course outline' }),
  ]) {
    await expect(control).toBeHidden();
  }

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('a console with output is printed, the buttons around it are not', async ({ page, site }) => {
  await page.goto(site.url('en/lessons/event-loop/'));
  const pg = playground(page, 'sequential-vs-concurrent');
  await pg.run.click();
  await pg.finished('done');
  await page.emulateMedia({ media: 'print' });
  await expect(pg.console).toBeVisible();
  await expect(pg.entries.first()).toBeVisible();
  await expect(pg.run).toBeHidden();
  await expect(pg.root.getByRole('button', { name: 'Clear' })).toBeHidden();
});
