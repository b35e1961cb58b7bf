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
