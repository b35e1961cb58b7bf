import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import lz from 'lz-string';
import type { Page } from '@playwright/test';
import { expect, SUB_BASE, test } from './support/site';
import { buildLink, forgeSubmission, payloadOf } from './support/assign';

/**
 * The teacher's view of one submission (issue 16 §2): the student's code against the starter, the
 * claimed results beside the verified ones check by check, a mismatch said in words; and links in
 * the instructions that lead into the course (issue 16 §1).
 */

/** A submission that claims every check for the starter code with one line added: what Verify must catch. */
async function forgedSubmission(page: Page, siteUrl: (path: string) => string, locale = 'en') {
  const link = await buildLink(page, siteUrl);
  const assignment = payloadOf(link) as { starter: string; checkLabels: Record<string, string> };
  const head = siteUrl(`${locale}/assign/open/`);
  const code = `// I think this is right\n${assignment.starter}`;
  const names = Object.keys(assignment.checkLabels);
  return {
    names,
    url: forgeSubmission(head, {
      v: 2,
      student: { name: 'Mallory' },
      assignment,
      code,
      results: names.map((name) => ({ name, status: 'passed' })),
      submittedAt: '2026-01-01T10:00:00.000Z',
    }),
  };
}

/** An assignment fragment whose instructions hold a relative, a course-absolute, an external and a script link. */
function readFirst(): string {
  const json = JSON.stringify({
    v: 1,
    title: 'Read first',
    instructions:
      'Read the [HTTP lesson](../../lessons/async-http/) and [the tasks lesson](/lessons/tasks/) first, or [the docs](https://docs.python.org/3/library/asyncio.html). Not [this](javascript:void).',
    language: 'typescript',
    starter: 'console.log(1);\n',
    hints: [],
    checkLabels: {},
    timeLimitMs: 5000,
  });
  return `#a=${lz.compressToEncodedURIComponent(`${createHash('sha256').update(json).digest('hex')}\n${json}`)}`;
}

/**
 * The filled view passes the WCAG checks accessibility.spec.ts holds every page to, in both themes.
 * Monaco's diff is left out: its colours are the editor theme's (the same as the solution diff), and
 * its inner structure is Monaco's; the test checks that both its sides have names.
 */
async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page })
      .include('[data-submission]')
      .exclude('.monaco-diff-editor')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
      colorScheme,
    ).toEqual([]);
  }
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the code shows against the starter, and a false claim is flagged check by check', async ({ page, site }) => {
    test.setTimeout(90_000);
    const { names, url } = await forgedSubmission(page, site.url);
    await page.goto(url);
    const view = page.locator('[data-submission]');
    // Monaco's read-only diff: the starter on the left, the student's code on the right.
    const diff = view.locator('[data-code-diff]');
    await expect(diff).toHaveAttribute('data-view', 'monaco', { timeout: 30_000 });
    await expect(view.locator('[data-code-intro]')).toHaveText(
      'The starter code is on the left, the student’s code on the right; changes are highlighted.',
    );
    await expect(diff.locator('.modified-in-monaco-diff-editor')).toContainText('I think this is right');
    await expect(diff.locator('.original-in-monaco-diff-editor')).not.toContainText('I think this is right');
    await expect(diff.locator('.line-insert').first()).toBeVisible();
    await expect(diff.getByRole('textbox', { name: 'Starter code' })).toHaveCount(1);
    await expect(diff.getByRole('textbox', { name: 'Student’s code' })).toHaveCount(1);

    // Before Verify: every check claimed, none verified.
    const rows = view.locator('[data-compare] tbody tr');
    await expect(rows).toHaveCount(names.length);
    for (const row of await rows.all()) {
      await expect(row.locator('td').nth(0)).toHaveText('✓ passed');
      await expect(row.locator('td').nth(1)).toHaveText('not verified yet');
    }
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(view.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-verified', { timeout: 30_000 });
    const flagged = view.locator('[data-compare] tbody tr[data-match="mismatch"]');
    expect(await flagged.count()).toBeGreaterThan(0);
    await expect(flagged.first().locator('td').nth(1)).toContainText('⚠ Claimed passed, verified failed');
    // A check that passed here too is not flagged.
    for (const row of await view.locator('[data-compare] tbody tr[data-match="yes"]').all())
      await expect(row).not.toContainText('⚠');
    // The teacher is on the submission: nothing tells them to go and open it.
    await expect(view).not.toContainText('open their submission link');
    await expect(view).toContainText('only the “Verified here” column counts as the grade');
    await expectNoSeriousAxeViolations(page);
  });

  test('instruction links lead into the course, external ones open safely, script links stay text', async ({
    page,
    site,
  }) => {
    const fragment = readFirst();
    for (const locale of ['en', 'zh-cn']) {
      await page.goto(site.url(`${locale}/assign/open/${fragment}`));
      const instructions = page.locator('[data-assignment] [data-instructions]');
      await expect(instructions.getByRole('link', { name: 'the docs' })).toHaveAttribute('rel', /noopener/);
      await expect(instructions.getByRole('link')).toHaveCount(3);
      await expect(instructions).toContainText('[this](javascript:void)');
      await instructions.getByRole('link', { name: 'HTTP lesson' }).click();
      await expect(page).toHaveURL(site.url(`${locale}/lessons/async-http/`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.goBack();
      await page
        .locator('[data-assignment] [data-instructions]')
        .getByRole('link', { name: 'the tasks lesson' })
        .click();
      await expect(page).toHaveURL(site.url(`${locale}/lessons/tasks/`));
    }
  });

  test('under a sub-path, an instruction link leads to that copy’s lesson', async ({ page }) => {
    const sub = process.env['E2E_SUB_URL'];
    test.skip(!sub, 'dist-sub/ was not built: run npm run build:sub');
    await page.goto(new URL(`en/assign/open/${readFirst()}`, sub).href);
    await page.locator('[data-assignment] [data-instructions]').getByRole('link', { name: 'HTTP lesson' }).click();
    await expect(page).toHaveURL(new URL('en/lessons/async-http/', sub).href);
    expect(new URL(page.url()).pathname.startsWith(SUB_BASE)).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('on a zh-cn phone the diff is text marked −/+, and a mismatch reads in Chinese', async ({ page, site }) => {
    test.setTimeout(90_000);
    const { url } = await forgedSubmission(page, site.url, 'zh-cn');
    await page.goto(url);
    const view = page.locator('[data-submission]');
    await expect(view.locator('[data-code-diff]')).toHaveAttribute('data-view', 'plain');
    await expect(view.locator('[data-code-intro]')).toHaveText(
      '相对起始代码的改动：标 − 的行被删去，标 + 的行是学生新增的。',
    );
    await expect(view.locator('[data-line="added"]')).toHaveText(['+ // I think this is right']);
    await expect(view.locator('[data-line="removed"]')).toHaveCount(0);
    await page.getByRole('button', { name: '验证' }).click();
    await expect(view.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-verified', { timeout: 30_000 });
    await expect(view.locator('tr[data-match="mismatch"]').first()).toContainText('⚠ 声明通过，验证未通过');
    await expect(view).not.toContainText('请打开提交链接');
    // Nothing sticks out of a 360 px page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoSeriousAxeViolations(page);
  });
});
