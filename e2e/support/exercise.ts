import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { parse } from 'yaml';

const countChecks = (path: string, registration: RegExp): number =>
  existsSync(path) ? (readFileSync(path, 'utf8').match(registration) ?? []).length : 0;

/**
 * Exercises whose checks count timers firing during CPU work (a thread hashing for 800 ms, records
 * scored in slices): beside other tests on a loaded machine a right answer can fall short (CI, load
 * 14: yield-to-timers' solution passed 1 of 2). Their tests run with the CPU-heavy project, last
 * and one at a time (playwright.config.ts).
 */
export const TIMING_SENSITIVE_EXERCISES: ReadonlySet<string> = new Set([
  'to-thread-heartbeat',
  'yield-to-timers',
  'find-the-blocking-call',
]);

/** `{ tag: ['@cpu-heavy'] }` for an exercise in TIMING_SENSITIVE_EXERCISES. */
export const exerciseTag = (slug: string): { tag: string[] } => ({
  tag: TIMING_SENSITIVE_EXERCISES.has(slug) ? ['@cpu-heavy'] : [],
});

/** Every exercise in content/exercises, with what the tests need from its files. */
export function listExercises(): {
  slug: string;
  title: string;
  order: number;
  hints: number;
  /** Hints of the Python variant (0 without one). */
  pythonHints: number;
  checks: number;
  /** Checks of the Python variant (0 without one). */
  pythonChecks: number;
  timeLimitMs: number;
  starter: string;
}[] {
  return readdirSync('content/exercises/en')
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const slug = file.replace(/\.mdx$/, '');
      const text = readFileSync(`content/exercises/en/${file}`, 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as {
        title: string;
        order: number;
        hints?: unknown[];
        python?: { hints?: unknown[] };
        checkLabels?: Record<string, string>;
        timeLimitMs?: number;
      };
      return {
        slug,
        title: data.title,
        order: data.order,
        hints: data.hints?.length ?? 0,
        pythonHints: data.python?.hints?.length ?? 0,
        // The checks each file registers (checkLabels also names the Python variant's own checks).
        checks: countChecks(`content/exercises/code/${slug}/checks.ts`, /^check\(/gm),
        pythonChecks: countChecks(`content/exercises/code/${slug}/checks.py`, /^@check\(/gm),
        timeLimitMs: data.timeLimitMs ?? 10_000,
        starter: readFileSync(`content/exercises/code/${slug}/starter.ts`, 'utf8'),
      };
    });
}

/** A solution kept next to the reference to test the checks: wrong ones must fail, right ones pass. */
export interface Variant {
  kind: 'wrong' | 'right';
  /** content/exercises/code/<slug>/<kind>/<file> */
  path: string;
  code: string;
  /** The first line's comment: what the code gets wrong, or how it differs from the reference. */
  about: string;
  /** For a wrong one, the check its comment says it fails: `// Wrong (fails "<check>"): …`. */
  fails: string | undefined;
}

/**
 * The wrong and right solutions of an exercise in one language
 * (content/exercises/code/<slug>/{wrong,right}/*.ts, or *.py for its Python variant).
 */
export function listVariants(slug: string, language: 'typescript' | 'python' = 'typescript'): Variant[] {
  const ext = language === 'python' ? '.py' : '.ts';
  const wrong = language === 'python' ? /^# Wrong \(fails "([^"]+)"\)/ : /^\/\/ Wrong \(fails "([^"]+)"\)/;
  return (['wrong', 'right'] as const).flatMap((kind) => {
    const dir = `content/exercises/code/${slug}/${kind}`;
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => file.endsWith(ext))
      .sort()
      .map((file) => {
        const code = readFileSync(`${dir}/${file}`, 'utf8');
        const about = code.split('\n', 1)[0] ?? '';
        return { kind, path: `${dir}/${file}`, code, about, fails: wrong.exec(about)?.[1] };
      });
  });
}

/** The exercises with a Python variant (starter.py beside starter.ts). */
export function listPythonExercises(): ReturnType<typeof listExercises> {
  return listExercises()
    .filter((e) => existsSync(`content/exercises/code/${e.slug}/starter.py`))
    .map((e) => ({ ...e, starter: readFileSync(`content/exercises/code/${e.slug}/starter.py`, 'utf8') }));
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
    /** Each check as the results list shows it: its label, its status and its message. */
    async outcomes(): Promise<{ name: string; status: string; message: string }[]> {
      return root.locator('[data-results] [data-check-status]').evaluateAll((items) =>
        items.map((item) => ({
          name: item.querySelector('.ex-result-name')?.textContent ?? '',
          status: (item as HTMLElement).dataset['checkStatus'] ?? '',
          message: item.querySelector('.ex-result-message')?.textContent ?? '',
        })),
      );
    },
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
