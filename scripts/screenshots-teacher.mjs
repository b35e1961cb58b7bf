// @ts-check
// `node scripts/with-node.mjs node scripts/screenshots-teacher.mjs`: the teacher's flow for
// docs/exercises.md in docs/screenshots/ — the builder after "Try the checks", a student's submit
// panel with work in progress, and the gradebook with a class verified — in en and zh-cn at
// 1280 px, light, from the built dist/. For people to look at; no test reads them (the flow itself
// is e2e/gradebook.spec.ts).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../e2e/support/chromium.ts';
import { serveSite } from './serve.mjs';

const site = await serveSite({ dir: 'dist' });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
mkdirSync('docs/screenshots', { recursive: true });

const STARTER = 'export function double(n: number): number {\n  return n;\n}\n';
const SOLUTION = 'export function double(n: number): number {\n  return 2 * n;\n}\n';
const CHECKS = `import { assertEqual, check } from 'async-lab/check';

const double = (ctx: { exports: Record<string, unknown> }) => ctx.exports['double'] as (n: number) => number;

check('doubles 21', (ctx) => assertEqual(double(ctx)(21), 42));
check('doubles -4', (ctx) => assertEqual(double(ctx)(-4), -8));
check('leaves 0 alone', (ctx) => assertEqual(double(ctx)(0), 0));
`;
const TEXT = {
  en: { title: 'Double it', instructions: 'Export `double(n)`, which returns twice `n`.', hint: 'Multiply by two.' },
  'zh-cn': { title: '翻倍', instructions: '导出 `double(n)`，返回 `n` 的两倍。', hint: '乘以 2。' },
};

/**
 * The viewport, with `element` at its top (a full-page shot would draw the sticky header mid-page).
 * @param {import('@playwright/test').Page} page @param {string} path @param {string} [element]
 */
async function shoot(page, path, element) {
  if (element)
    await page.locator(element).evaluate((node) => {
      node.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -72); // below the sticky header
    });
  await page.waitForTimeout(400);
  await page.screenshot({ path, fullPage: !element });
  console.log(path);
}

for (const locale of /** @type {const} */ (['en', 'zh-cn'])) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const text = TEXT[locale];
  await page.goto(`${site.url}${locale}/assign/`);
  await page.locator('select[name="from"]').selectOption('');
  await page.locator('input[name="title"]').fill(text.title);
  await page.locator('textarea[name="instructions"]').fill(text.instructions);
  await page.locator('textarea[name="starter"]').fill(STARTER);
  await page.locator('textarea[name="checks"]').fill(CHECKS);
  await page.locator('textarea[name="solution"]').fill(SOLUTION);
  await page.locator('textarea[name="hint1"]').fill(text.hint);
  await page.locator('input[name="includeSolution"]').check();
  await page.locator('[data-action="try"]').click();
  await page.locator('[data-assign-try][data-try-state="ok"]').waitFor({ timeout: 60_000 });
  await shoot(page, `docs/screenshots/teacher-builder-${locale}.png`, '[data-assign-try]');
  const link = await page.locator('[data-assign-link]').inputValue();

  /** @param {string} name @param {boolean} solve */
  const submit = async (name, solve) => {
    const student = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const tab = await student.newPage();
    await tab.goto(link);
    if (solve) {
      await tab.locator('[data-action="solution"]').click();
      await tab.locator('[data-action="copy-solution"]').click();
    }
    await tab.locator('async-exercise [data-action="check"]').click();
    // The submit panel appears once Check has a result.
    await tab.locator('[data-submit]:not([hidden])').waitFor({ timeout: 60_000 });
    await tab.locator('input[name="studentName"]').fill(name);
    await tab.locator('input[name="studentGroup"]').fill(locale === 'en' ? '7B' : '三年级二班');
    await tab.locator('[data-submit] button[type="submit"]').click();
    const field = tab.locator('[data-submit-link]');
    await field.waitFor();
    if (!solve) {
      await shoot(tab, `docs/screenshots/teacher-submit-${locale}.png`, '[data-results-panel]');
    }
    const submission = await field.inputValue();
    await student.close();
    return submission;
  };
  const links = [
    await submit(locale === 'en' ? 'Ada Lovelace' : '王小明', true),
    await submit(locale === 'en' ? 'Grace Hopper' : '李华', false),
    'https://example.com/not-a-submission',
  ];

  await page.goto(`${site.url}${locale}/assign/grade/`);
  await page.locator('[data-gradebook-input], textarea').first().fill(links.join('\n'));
  await page.locator('[data-action="verify"]').click();
  await page.locator('[data-gradebook] tbody tr[data-verified]').nth(2).waitFor({ timeout: 120_000 });
  await page.locator('[data-gradebook] tbody tr[data-verified="yes"]').nth(1).waitFor({ timeout: 120_000 });
  await shoot(page, `docs/screenshots/teacher-gradebook-${locale}.png`);
  await context.close();
}
await browser.close();
await site.close();
