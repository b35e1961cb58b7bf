import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/site';
import { isCpuHeavyLesson } from './support/lessons';
import { playground } from './support/playground';
import { declaredPlaygrounds } from '../src/course/playground-ids';

/**
 * A playground's props as the MDX writes them, less its title: what decides the code it runs (its
 * `src`; a zh-cn page shows the same file with only its comments translated, src/course/localized-code.ts)
 * and every claim made about it.
 */
const runnableProps = (source: string): string[] =>
  [...source.matchAll(/<Playground\b([\s\S]*?)\/>/g)].map(([, props = '']) =>
    props
      .replace(/\btitle=("[^"]*"|'[^']*'|\{[^}]*\})/, '')
      .split(/\s+/)
      .join(' '),
  );

/**
 * Runs every playground on every lesson page with its original code (on a translated page that
 * mirrors its English one, the first of each language; see `mirrors`), and checks what the lesson
 * claims about it (Playground props → data-expect-*): the state it ends in, the
 * band its duration falls in, and the output it prints. Prose and code cannot drift apart.
 */
const pages = readdirSync('content/lessons').flatMap((locale) =>
  readdirSync(`content/lessons/${locale}`)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const source = readFileSync(`content/lessons/${locale}/${file}`, 'utf8');
      const slug = file.replace(/\.mdx$/, '');
      return {
        path: `${locale}/lessons/${slug}/`,
        // playwright.config.ts runs these alone, after the rest: beside other tests they would
        // starve the timing bands of both.
        cpuHeavy: isCpuHeavyLesson(slug, source),
        // What the MDX declares is what the page must show: a renamed attribute or a playground that
        // fails to render fails the test instead of leaving it with nothing to run.
        declared: declaredPlaygrounds(source),
        // A translated page whose playgrounds run the same code with the same claims as its English
        // page needs no second proof of each claim: it runs its first example of each language, which
        // proves the page's own Run, console and status, and leaves the rest to the English page.
        // (Every lesson mirrors today; a page that made a claim of its own would run it all here.)
        mirrors:
          locale !== 'en' &&
          JSON.stringify(runnableProps(source)) ===
            JSON.stringify(runnableProps(readFileSync(`content/lessons/en/${file}`, 'utf8'))),
      };
    }),
);

/**
 * Two tests per page: its TypeScript playgrounds, and its Python ones. Python's timing is the more
 * fragile under load (on CI's busy machine a 4 s program took 6.7 s beside other tests), so the
 * Python half runs with the CPU-heavy examples: last, and one test at a time. Pages that declare no
 * playground (the cheat sheet, the glossary) get no test; src/course/playground-ids.test.ts checks
 * that most lessons do declare some, each with both claims.
 */
for (const { path, cpuHeavy, declared, mirrors } of pages) {
  for (const language of ['typescript', 'python'] as const) {
    const ids = declared.filter((p) => p.language === language).map((p) => p.id);
    if (ids.length === 0) continue;
    const tag = cpuHeavy || language === 'python' ? ['@cpu-heavy'] : [];
    const name = language === 'python' ? `every Python example on ${path}` : `every example on ${path}`;
    const title = mirrors
      ? `${name} is the English page's, and the first runs here`
      : `${name} does what the lesson says`;
    test(title, { tag }, async ({ page, site }) => {
      test.setTimeout(180_000);
      await page.goto(site.url(path));
      const rendered = await page
        .locator(`[data-playground][data-language="${language}"]`)
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-playground') ?? ''));
      expect(rendered, `the ${language} playgrounds ${path} shows`).toEqual(ids);
      for (const id of mirrors ? ids.slice(0, 1) : ids) await holdsItsClaims(page, path, id);
    });
  }
}

/** A claim the page must carry: an example without one would pass with anything. */
async function claim(page: Page, id: string, name: string): Promise<string> {
  const value = await playground(page, id).root.getAttribute(name);
  expect(value, `#${id} has no ${name}`).not.toBeNull();
  return value ?? '';
}

async function holdsItsClaims(page: Page, path: string, id: string): Promise<void> {
  const pg = playground(page, id);
  const expected = {
    state: (await pg.root.getAttribute('data-expect-state')) ?? 'done',
    min: Number(await claim(page, id, 'data-expect-min-ms')),
    max: Number(await claim(page, id, 'data-expect-max-ms')),
    output: JSON.parse(await claim(page, id, 'data-expect-output')) as string[],
    limit: Number((await pg.root.getAttribute('data-time-limit-ms')) ?? 10_000),
  };
  // One of a program's two languages shows at a time (<CodeTwins>): pick this one's tab first.
  if (!(await pg.root.isVisible())) {
    const language = (await pg.root.getAttribute('data-language')) === 'python' ? 'Python' : 'TypeScript';
    await page.locator('code-twins').filter({ has: pg.root }).getByRole('tab', { name: language }).click();
  }
  await pg.root.getByRole('button', { name: /^(Run|运行)$/ }).click();
  // The wait covers loading too: Python's first run on a page boots the interpreter, which took up
  // to 23 s on a machine at a load of 19. The claim itself is the run's own duration, checked below.
  const python = (await pg.root.getAttribute('data-language')) === 'python';
  await expect(pg.status, `${path} #${id}`).toHaveAttribute('data-duration-ms', /\d+/, {
    timeout: expected.limit + (python ? 60_000 : 15_000),
  });
  await expect(pg.status, `${path} #${id} ended in the wrong state`).toHaveAttribute('data-state', expected.state);
  const ms = Number(await pg.status.getAttribute('data-duration-ms'));
  expect(ms, `${path} #${id} took ${ms} ms`).toBeGreaterThanOrEqual(expected.min);
  expect(ms, `${path} #${id} took ${ms} ms`).toBeLessThanOrEqual(expected.max);
  // Entries render on animation frames; give the last batch a moment.
  await expect(async () => {
    const text = (await pg.console.innerText()).replace(/\s+/g, ' ');
    let from = 0;
    for (const piece of expected.output) {
      const at = text.indexOf(piece.replace(/\s+/g, ' '), from);
      expect(at, `${path} #${id}: "${piece}" missing (in order) from console:\n${text}`).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
  }).toPass({ timeout: 5_000 });
}
