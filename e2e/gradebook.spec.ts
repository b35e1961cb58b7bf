import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import lz from 'lz-string';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/site';
import { buildCustomLink, buildLink, forgeSubmission, payloadOf, submitAs } from './support/assign';

/** The gradebook's rows, by the test contract: data-row, data-student, data-passed, data-total, data-verified. */
async function rowsOf(table: Locator) {
  return table.locator('tbody tr[data-row]').evaluateAll((rows) =>
    rows.map((row) => {
      const data = (row as HTMLElement).dataset;
      return {
        student: data['student'],
        passed: data['passed'],
        total: data['total'],
        verified: data['verified'],
        reason: data['reason'],
      };
    }),
  );
}

/** Pastes links into the gradebook, presses Verify and waits until every row has its verdict. */
async function grade(page: Page, links: string[], count: number): Promise<Locator> {
  await page.getByLabel('Submission links', { exact: true }).fill(links.join('\n'));
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  const table = page.locator('[data-gradebook]');
  await expect(table.locator('tbody tr[data-verified]')).toHaveCount(count, { timeout: 30_000 * count });
  await expect(page.getByRole('status').filter({ hasText: /^Done:/ })).toBeVisible();
  return table;
}

test('a teacher grades a class: solved, work in progress, tampered and forged links', async ({
  page,
  site,
  browser,
}) => {
  test.setTimeout(300_000);
  // Issue 16's whole class: the teacher's own assignment, with hints, a solution and checks, tried first.
  const link = await buildCustomLink(page, site.url);
  const head = link.slice(0, link.indexOf('#'));

  const solved = await submitAs(browser, link, { name: '王小明', group: '三年级二班', solve: true });
  expect(solved.summary).toBe('All checks passed');
  const progress = await submitAs(browser, link, { name: 'Ada Lovelace', solve: false });
  const [, wipPassed = '', total = ''] = /^(\d+) of (\d+) checks passed$/.exec(progress.summary) ?? [];
  expect(Number(wipPassed)).toBeLessThan(Number(total));
  const third = await submitAs(browser, link, { name: 'Eve', solve: false });

  // Eve edits her link by hand to claim every check passed, keeping the old checksum: it no longer matches.
  const text = lz.decompressFromEncodedURIComponent(third.submission.slice(third.submission.indexOf('#s=') + 3));
  const tampered = `${head}#s=${lz.compressToEncodedURIComponent(text.replaceAll('"status":"failed"', '"status":"passed"'))}`;
  expect(tampered).not.toBe(third.submission);
  // Mallory recomputes the checksum, so the link opens: only re-running the checks catches the lie.
  const forgedData: Record<string, unknown> = { ...payloadOf(progress.submission), student: { name: 'Mallory' } };
  const forged = forgeSubmission(head, {
    ...forgedData,
    results: (forgedData['results'] as { name: string }[]).map(({ name }) => ({ name, status: 'passed' })),
  });

  // The teacher finds the gradebook from the builder and pastes everything, the assignment link too by mistake.
  await page.getByRole('link', { name: /Grade submissions/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grade submissions');
  const table = await grade(
    page,
    ['', `   ${solved.submission}   `, progress.submission, '', tampered, forged, link, '  '],
    5,
  );
  expect(await rowsOf(table)).toEqual([
    { student: '王小明', passed: total, total, verified: 'yes', reason: undefined },
    { student: 'Ada Lovelace', passed: wipPassed, total, verified: 'yes', reason: undefined },
    { student: undefined, passed: undefined, total: undefined, verified: 'damaged', reason: 'tampered' },
    // Claimed all passed; the verified (lower) score is the grade.
    { student: 'Mallory', passed: wipPassed, total, verified: 'mismatch', reason: undefined },
    { student: undefined, passed: undefined, total: undefined, verified: 'damaged', reason: 'assignment' },
  ]);
  await expect(table.locator('tr[data-verified="damaged"][data-reason="tampered"]')).toContainText(
    'does not match its checksum',
  );
  await expect(table.locator('tr[data-student="Mallory"]')).toContainText(
    `does not match the claim: the student claimed ${total} of ${total}`,
  );
  await expect(table.locator('tr[data-student="王小明"]')).toContainText('三年级二班');
  // "open" leads to the submission's own page, on this site.
  const open = table.locator('tr[data-student="Ada Lovelace"]').getByRole('link', { name: 'open' });
  expect(await open.getAttribute('href')).toBe(progress.submission);

  // Sorting by score puts the best first; by name, A to Z; damaged rows stay at the end.
  await table.getByRole('button', { name: 'Checks passed' }).click();
  await expect(table.locator('th[aria-sort]')).toHaveAttribute('aria-sort', 'descending');
  expect((await rowsOf(table)).map((r) => r.student)).toEqual([
    '王小明',
    'Ada Lovelace',
    'Mallory',
    undefined,
    undefined,
  ]);
  await table.getByRole('button', { name: 'Student' }).click();
  await expect(table.locator('th[aria-sort]')).toHaveAttribute('aria-sort', 'ascending');
  expect((await rowsOf(table)).map((r) => r.student).slice(0, 2)).toEqual(['Ada Lovelace', 'Mallory']);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^gradebook-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'Student,Class or number,Assignment,Checks passed (verified),Checks,Claimed passed,Claimed checks,Verified,Problem,Run time (ms),Submitted at,Link',
  );
  expect(lines).toHaveLength(6);
  const record = (name: string) => lines.find((line) => line.startsWith(`${name},`)) ?? '';
  expect(record('王小明')).toMatch(new RegExp(`^王小明,三年级二班,Double it,${total},${total},${total},${total},yes,`));
  expect(record('Ada Lovelace')).toContain(`,${wipPassed},${total},${wipPassed},${total},yes,`);
  expect(record('Mallory')).toContain(`,${wipPassed},${total},${total},${total},mismatch,`);
  expect(lines.filter((line) => line.includes(',damaged,'))).toHaveLength(2);
  expect(lines.some((line) => line.endsWith(tampered))).toBe(true);
});

test('a name written as HTML is shown as text and runs nothing', async ({ page, site }) => {
  test.setTimeout(90_000);
  const link = await buildLink(page, site.url);
  const head = link.slice(0, link.indexOf('#'));
  const assignment = payloadOf(link);
  const name = '<img src=x onerror="document.title=\'pwned\'">';
  const submission = forgeSubmission(head, {
    v: 2,
    student: { name, group: '<b>7B</b>' },
    assignment,
    code: assignment['starter'],
    results: [],
    submittedAt: '2026-03-01T09:30:00.000Z',
  });
  await page.goto(submission);
  await expect(page.locator('[data-submission] [data-student]')).toHaveText(`Submitted by ${name} (<b>7B</b>)`);
  await expect(page.locator('[data-submission] img, [data-submission] b')).toHaveCount(0);

  await page.goto(site.url('en/assign/grade/'));
  const table = await grade(page, [submission], 1);
  const row = table.locator('tr[data-row]');
  await expect(row).toHaveAttribute('data-student', name);
  await expect(row.locator('.grade-name')).toHaveText(name);
  await expect(row.locator('.grade-group')).toHaveText('<b>7B</b>');
  await expect(table.locator('img, b')).toHaveCount(0);
  // No results were claimed, three checks ran: a mismatch, graded by what ran here.
  await expect(row).toHaveAttribute('data-verified', 'mismatch');
  expect(await page.title()).not.toBe('pwned');
});

test('the gradebook speaks Chinese on zh-cn pages, and says what is wrong with a line that is no link', async ({
  page,
  site,
}) => {
  await page.goto(site.url('zh-cn/assign/grade/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('批改提交');
  await page.getByLabel('提交链接', { exact: true }).fill('这不是链接\nhttps://example.com/zh-cn/assign/open/#s=坏了');
  await page.getByRole('button', { name: '验证', exact: true }).click();
  const rows = page.locator('[data-gradebook] tbody tr[data-verified="damaged"]');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-reason', 'not-a-link');
  await expect(rows.nth(0)).toContainText('第 1 行');
  await expect(rows.nth(1)).toHaveAttribute('data-reason', 'malformed');
  await expect(page.getByRole('button', { name: '导出 CSV' })).toBeEnabled();
  // On a phone the table scrolls sideways on its own; the page does not.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  // The filled table passes the same WCAG checks as the empty page (accessibility.spec.ts).
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('links load from a .txt file, chosen or dropped onto the paste box', async ({ page, site }) => {
  await page.goto(site.url('en/assign/grade/'));
  const box = page.getByLabel('Submission links', { exact: true });
  await box.fill('#s=first');
  await page.getByLabel('Load links from a .txt file').setInputFiles({
    name: 'class-a.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('\n#s=second\r\n#s=third\n\n'),
  });
  // A textarea's value has \n line breaks, whatever the file had.
  await expect(box).toHaveValue('#s=first\n#s=second\n#s=third');
  await box.evaluate((element) => {
    const data = new DataTransfer();
    data.items.add(new File(['#s=fourth\n'], 'class-b.txt', { type: 'text/plain' }));
    element.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(box).toHaveValue(/#s=third\n#s=fourth$/);
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(page.locator('[data-gradebook] tr[data-verified="damaged"]')).toHaveCount(4);
});

test('Stop abandons the row being verified and leaves the rest not verified; a link pasted twice shows once', async ({
  page,
  site,
}) => {
  test.setTimeout(150_000);
  const link = await buildLink(page, site.url);
  const head = link.slice(0, link.indexOf('#'));
  const assignment = payloadOf(link);
  const submit = (name: string, code: string) =>
    forgeSubmission(head, {
      v: 2,
      student: { name },
      assignment,
      code,
      results: [],
      submittedAt: '2026-03-01T09:30:00.000Z',
    });
  // Programs that never end: their checks wait for the time limit, unless the teacher stops them.
  // Two, since the gradebook verifies two submissions at a time. A timer that keeps firing keeps a run
  // going (a promise that never settles alone does not: with nothing left to wait for, the run is
  // Done at once, and so is its verification, now that checks compile in the page in a few ms).
  const stuck = (name: string) =>
    submit(name, `setInterval(() => {}, 1_000);\nawait new Promise(() => {});\n${String(assignment['starter'])}`);
  const ada = submit('Ada', String(assignment['starter']));
  const broken = `${head}#s=not-a-submission`;

  await page.goto(site.url('en/assign/grade/'));
  await page
    .getByLabel('Submission links', { exact: true })
    .fill([stuck('Stuck 1'), stuck('Stuck 2'), ada, broken, ada, `  ${ada}`].join('\n'));
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  await expect(stop).toBeHidden();
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  const table = page.locator('[data-gradebook]');
  await expect(table.locator('tr[data-student="Stuck 1"]')).toHaveAttribute('data-state', 'verifying');
  await expect(table.locator('tr[data-student="Stuck 2"]')).toHaveAttribute('data-state', 'verifying');
  await expect(table.locator('tr[data-student="Ada"]')).toHaveAttribute('data-state', 'waiting');
  await stop.click();
  await expect(page.locator('[data-grade-status]')).toHaveText(
    'Stopped: 0 of 3 submissions verified; the rest are marked “not verified”. Links pasted more than once are shown once (2 left out).',
  );
  await expect(stop).toBeHidden();
  await expect(page.getByRole('button', { name: 'Verify', exact: true })).toBeFocused();
  expect(await rowsOf(table)).toEqual([
    { student: 'Stuck 1', passed: undefined, total: undefined, verified: 'not-verified', reason: undefined },
    { student: 'Stuck 2', passed: undefined, total: undefined, verified: 'not-verified', reason: undefined },
    { student: 'Ada', passed: undefined, total: undefined, verified: 'not-verified', reason: undefined },
    { student: undefined, passed: undefined, total: undefined, verified: 'damaged', reason: 'malformed' },
  ]);
  await expect(table.locator('tr[data-student="Stuck 1"]')).toContainText('⚠ not verified (stopped)');
  // Ada's link was pasted three times: one row, which says where the others were.
  await expect(table.locator('tr[data-student="Ada"]')).toContainText('Pasted again (line 5, 6): shown once.');
  // The damaged row names no one, and says why.
  const damaged = table.locator('tr[data-verified="damaged"]');
  await expect(damaged.locator('td').first()).toHaveText('Unknown studentLine 4');
  await expect(damaged).toContainText('The link is damaged or incomplete');

  // Verify again with Ada's link alone (twice): she is graded. Her code runs for the first time here
  // (the first runs were stopped); with esbuild-wasm that once took 28 s at a load of 27.
  await page.getByLabel('Submission links', { exact: true }).fill([ada, ada].join('\n'));
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(table.locator('tr[data-student="Ada"]')).toHaveAttribute('data-verified', /^(yes|mismatch)$/, {
    timeout: 60_000,
  });
  await expect(page.locator('[data-grade-status]')).toHaveText(
    'Done: 1 links, 0 of them could not be graded. Links pasted more than once are shown once (1 left out).',
  );
});
