import { expect, test } from './support/site';
import { playground } from './support/playground';

test.use({ twinLanguage: null }); // the site's own default

/**
 * A lesson's program in Python and in TypeScript (<CodeTwins>): Python shows first, a tab switches,
 * the choice holds on the next lesson, and Python's megabytes load only when the reader shows intent.
 */
test('Python shows first; the TypeScript tab switches, by click or arrow key, and the choice holds on the next lesson', async ({
  page,
  site,
}) => {
  await page.goto(site.url('en/lessons/event-loop/'));
  const twins = page.locator('code-twins').first();
  const python = playground(page, 'sequential-vs-concurrent-py');
  const typescript = playground(page, 'sequential-vs-concurrent');
  await expect(twins.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
  await expect(python.root).toBeVisible();
  await expect(python.root).toContainText('asyncio.gather(');
  await expect(typescript.root).toBeHidden();

  await twins.getByRole('tab', { name: 'TypeScript' }).click();
  await expect(typescript.root).toBeVisible();
  await expect(python.root).toBeHidden();
  await expect(typescript.root).toHaveAttribute('role', 'tabpanel');

  await page.goto(site.url('en/lessons/gather/'));
  const next = page.locator('code-twins').first();
  await expect(next.getByRole('tab', { name: 'TypeScript' })).toHaveAttribute('aria-selected', 'true');
  await expect(playground(page, 'input-order').root).toBeVisible();
  await next.getByRole('tab', { name: 'TypeScript' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(next.getByRole('tab', { name: 'Python' })).toBeFocused();
  await expect(playground(page, 'input-order-py').root).toBeVisible();
});

test('a lesson with a Python playground fetches no Python until the reader points at its Run', async ({
  page,
  site,
}) => {
  const python: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pyodide-')) python.push(request.url());
  });
  await page.goto(site.url('zh-cn/lessons/event-loop/'));
  const pg = playground(page, 'sequential-vs-concurrent-py');
  await expect(pg.root).toBeVisible();
  await page.waitForTimeout(3_000); // idle: nothing warms up before the reader goes for a playground
  expect(python).toEqual([]);
  await pg.root.getByRole('button', { name: '运行', exact: true }).hover();
  await expect.poll(() => python.length, { timeout: 20_000 }).toBeGreaterThan(0);
});
