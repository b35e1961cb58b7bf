// @ts-check
// `node scripts/with-node.mjs node scripts/screenshots-submission.mjs`: the submission view in
// docs/screenshots/ (a forged claim after Verify: the diff against the starter and the flagged
// checks), zh-cn at 360 px and en at 1280 px, light and dark, from the built dist/. For people to
// look at; no test reads them.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import lz from 'lz-string';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../e2e/support/chromium.ts';
import { serveSite } from './serve.mjs';

const site = await serveSite({ dir: 'dist' });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
mkdirSync('docs/screenshots', { recursive: true });

// The assignment as the builder makes it from an exercise, solution included.
const builder = await browser.newPage();
await builder.goto(`${site.url}en/assign/?exercise=concurrent-fetches`);
await builder.getByLabel(/Put the reference solution in the link/).check();
const link = await builder.locator('[data-assign-link]').inputValue();
await builder.close();
const text = lz.decompressFromEncodedURIComponent(link.slice(link.indexOf('#a=') + 3));
/** @type {{ starter: string, checkLabels: Record<string, string> }} */
const assignment = JSON.parse(text.slice(text.indexOf('\n') + 1));
// A student who starts every request at once, but collects the statuses in the order they finish,
// and claims every check passed.
const code = assignment.starter.replace(
  /for \(const url of urls\) \{[\s\S]*?\n {2}\}/,
  [
    'await Promise.all(',
    '    urls.map(async (url) => {',
    '      const response = await fetch(url);',
    '      await response.body?.cancel();',
    '      statuses.push(response.status);',
    '    }),',
    '  );',
  ].join('\n'),
);
if (code === assignment.starter) throw new Error('the starter changed: the screenshot needs a new edit');
const json = JSON.stringify({
  v: 2,
  student: { name: '王小明', group: '三年级二班' },
  assignment,
  code,
  results: Object.keys(assignment.checkLabels).map((name) => ({ name, status: 'passed' })),
  submittedAt: '2026-03-01T09:30:00.000Z',
});
const fragment = `#s=${lz.compressToEncodedURIComponent(`${createHash('sha256').update(json).digest('hex')}\n${json}`)}`;

for (const [locale, width, verify] of /** @type {const} */ ([
  ['zh-cn', 360, '验证'],
  ['en', 1280, 'Verify'],
]))
  for (const theme of ['light', 'dark']) {
    const context = await browser.newContext({
      viewport: { width, height: width === 360 ? 740 : 900 },
      ...(width === 360 ? { isMobile: true, hasTouch: true } : {}),
      colorScheme: /** @type {'light' | 'dark'} */ (theme),
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(`${site.url}${locale}/assign/open/${fragment}`);
    await page.locator('[data-code-diff][data-view]').waitFor();
    await page.getByRole('button', { name: verify, exact: true }).click();
    await page.locator('[data-verdict][data-verdict]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    const path = `docs/screenshots/submission-${locale}-${width}-${theme}.png`;
    await page.screenshot({ path, fullPage: true });
    console.log(path);
    await context.close();
  }
await browser.close();
await site.close();
