import { createHash } from 'node:crypto';
import lz from 'lz-string';
import type { Browser, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { workspace } from './exercise';

/** Builds a link in the assignment builder from an exercise, solution included. */
export async function buildLink(page: Page, siteUrl: (path: string) => string): Promise<string> {
  await page.goto(siteUrl('en/assign/?exercise=concurrent-fetches'));
  await expect(page.getByLabel('Title')).toHaveValue('Three requests at once');
  await page.getByLabel(/Put the reference solution in the link/).check();
  const link = page.locator('[data-assign-link]');
  await expect(link).toHaveValue(/\/en\/assign\/open\/#a=/);
  return link.inputValue();
}

/** The JSON inside a link's fragment (after the 64-character hash and its newline). */
export function payloadOf(link: string): Record<string, unknown> {
  const fragment = link.slice(link.indexOf('#') + 3);
  return JSON.parse(lz.decompressFromEncodedURIComponent(fragment).slice(65)) as Record<string, unknown>;
}

/**
 * A submission link made by hand, with a correct checksum: what anyone can forge, since the hash
 * only detects damage. `head` is the link up to the fragment.
 */
export function forgeSubmission(head: string, data: unknown): string {
  const json = JSON.stringify(data);
  return `${head}#s=${lz.compressToEncodedURIComponent(`${createHash('sha256').update(json).digest('hex')}\n${json}`)}`;
}

/**
 * A student in a browser of their own: opens the assignment, optionally copies the solution in,
 * presses Check, and submits under `name`. Returns the submission link and what Check said.
 */
export async function submitAs(
  browser: Browser,
  link: string,
  student: { name: string; group?: string; solve: boolean },
): Promise<{ submission: string; summary: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  const ws = workspace(page);
  if (student.solve) {
    await page.getByRole('button', { name: 'Show solution' }).click();
    await page.getByRole('button', { name: 'Copy solution into my code' }).click();
  }
  const summary = await ws.runChecks();
  await page.getByLabel('Your name').fill(student.name);
  if (student.group) await page.getByLabel('Class or student number (optional)').fill(student.group);
  await page.getByRole('button', { name: 'Copy submission link' }).click();
  const field = page.locator('[data-submit-link]');
  await expect(field).toHaveValue(/\/en\/assign\/open\/#s=/);
  const submission = await field.inputValue();
  await context.close();
  return { submission, summary };
}

/** A custom assignment (issue 16 §2): the builder's own fields, no exercise behind it. */
export const STARTER = 'export function double(n: number): number {\n  return n;\n}\n';
export const SOLUTION = 'export function double(n: number): number {\n  return 2 * n;\n}\n';
export const CHECKS = `import { assert, assertEqual, check } from 'async-lab/check';

const double = (ctx: { exports: Record<string, unknown> }) => ctx.exports['double'] as (n: number) => number;

check('exports double', (ctx) => assert(typeof ctx.exports['double'] === 'function', 'export double'));
check('doubles 21', (ctx) => assertEqual(double(ctx)(21), 42));
check('doubles -4', (ctx) => assertEqual(double(ctx)(-4), -8));
`;

/** A blank TypeScript assignment with the fields every test here fills. */
export async function blankAssignment(page: Page, siteUrl: (path: string) => string, starter = STARTER): Promise<void> {
  await page.goto(siteUrl('en/assign/'));
  await page.getByLabel('Start from').selectOption('');
  await page.getByLabel('Title').fill('Double it');
  await page.getByLabel('Instructions (Markdown)').fill('Export `double(n)` that returns twice `n`.');
  await page.getByLabel('Starter code (main.ts)').fill(starter);
  await page.getByLabel(/^Checks \(checks\.ts/).fill(CHECKS);
  await page.getByLabel('Reference solution (main.ts)').fill(SOLUTION);
}

/** Presses "Try the checks" and waits until both sides have results. */
export async function tryChecks(page: Page, timeout = 30_000): Promise<void> {
  await page.getByRole('button', { name: 'Try the checks' }).click();
  await expect(page.locator('[data-assign-try]')).toHaveAttribute('data-try-state', /^(ok|warn)$/, { timeout });
}

/**
 * A teacher's custom assignment, built and tried in the builder before sharing: two hints, a
 * reference solution in the link, the starter failing 2 of 3 checks and the solution passing all.
 */
export async function buildCustomLink(page: Page, siteUrl: (path: string) => string): Promise<string> {
  await blankAssignment(page, siteUrl);
  await page.getByLabel('Hint 1').fill('Multiply by two.');
  await page.getByLabel('Hint 2').fill('`2 * n`');
  await page.getByLabel(/Put the reference solution in the link/).check();
  await tryChecks(page);
  await expect(page.locator('[data-try-side="starter"] [data-try-summary]')).toHaveText('1 of 3 checks pass');
  await expect(page.locator('[data-try-side="solution"] [data-try-summary]')).toHaveText('3 of 3 checks pass');
  await expect(page.locator('[data-assign-tried]')).toHaveAttribute('data-try-state', 'ok');
  const link = page.locator('[data-assign-link]');
  await expect(link).toHaveValue(/\/en\/assign\/open\/#a=/);
  return link.inputValue();
}
