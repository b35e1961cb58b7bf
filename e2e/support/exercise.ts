import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { parse } from 'yaml';

/** Every exercise in content/exercises, with what the tests need from its files. */
export function listExercises(): {
  slug: string;
  hints: number;
  checks: number;
  timeLimitMs: number;
  starter: string;
}[] {
  return readdirSync('content/exercises/en')
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const slug = file.replace(/\.mdx$/, '');
      const text = readFileSync(`content/exercises/en/${file}`, 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as {
        hints?: unknown[];
        checkLabels?: Record<string, string>;
        timeLimitMs?: number;
      };
      return {
        slug,
        hints: data.hints?.length ?? 0,
        // Every check has a label in the frontmatter (the page shows it before the first Check).
        checks: Object.keys(data.checkLabels ?? {}).length,
        timeLimitMs: data.timeLimitMs ?? 10_000,
        starter: readFileSync(`content/exercises/code/${slug}/starter.ts`, 'utf8'),
      };
    });
}

/** The parts of an exercise workspace a person looks at (English pages). */
export function workspace(page: Page) {
  const root = page.locator('async-exercise');
  const summary = root.locator('[data-summary]');
  return {
    root,
    summary,
    results: root.getByRole('list').filter({ has: page.locator('[data-check-status]') }),
    items: root.locator('[data-results] [data-check-status]'),
    check: root.getByRole('button', { name: 'Check', exact: true }),
    /** The learner's code as the playground holds it (editor or static view). */
    code: () => root.locator('async-playground').evaluate((el) => (el as HTMLElement & { code: string }).code),
    /** Presses Check and waits for the final summary. */
    async runChecks(timeLimitMs = 10_000): Promise<string> {
      await this.check.click();
      await expect(summary).toHaveText(/^(All checks passed|\d+ of \d+ checks passed)$/, {
        timeout: timeLimitMs + 20_000,
      });
      return (await summary.textContent()) ?? '';
    },
    /** What the failed checks said, and the console's last lines: why a run did not pass. */
    async failures(): Promise<string> {
      const failed = await root.locator('[data-results] [data-check-status="failed"]').allInnerTexts();
      const log = await root.getByRole('log').first().innerText();
      return `failed checks: ${JSON.stringify(failed)}\nconsole: ${log.slice(-600)}`;
    },
  };
}
