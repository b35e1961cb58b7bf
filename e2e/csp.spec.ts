import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './support/site';
import { expectConsole, playground, playgroundUrl } from './support/playground';
import { MONACO_MS } from './support/editor';
import { listExercises, workspace } from './support/exercise';

/**
 * Collects every Content-Security-Policy complaint a person's session would cause: the
 * securitypolicyviolation events of the page and of the sandbox frame (the init script runs in every
 * frame), and the browser's own "Refused to …" console errors, which workers report too.
 */
async function watchPolicy(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to /i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (/Content Security Policy/i.test(error.message)) problems.push(error.message);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
      );
    });
  });
  return problems;
}

/** The page's policy, as directive name → sources. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(content, 'the page has a Content-Security-Policy meta tag').toBeTruthy();
  return new Map(
    (content ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

test('every page carries a policy without unsafe-inline or unsafe-eval scripts, and its inline scripts are hashed', async ({
  page,
  site,
}) => {
  for (const path of ['', 'en/', 'zh-cn/lessons/event-loop/', 'en/playground/', 'en/no-such-page/']) {
    await page.goto(site.url(path));
    const policy = await policyOf(page);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    // The sandbox's spare worker loads the learner's code with importScripts of a blob: URL.
    expect(scripts).toContain('blob:');
    expect(scripts).not.toContain('data:');
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    // Checked independently of the build's own hashing: each inline script's text is allowed.
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((elements) =>
        elements
          .filter((e) => !e.getAttribute('type') || e.getAttribute('type') === 'module')
          .map((e) => e.textContent ?? ''),
      );
    expect(inline.length).toBeGreaterThan(0);
    for (const text of inline) {
      expect(scripts).toContain(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    }
  }
});

test('the watcher would notice a violation', async ({ page, site }) => {
  const problems = await watchPolicy(page);
  await page.goto(site.url('en/'));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
  });
  await expect.poll(() => problems.length).toBeGreaterThan(0);
});

test('reading, running, editing, toThread, search and the playground page break no rule of the policy', async ({
  page,
  site,
}) => {
  test.slow();
  const problems = await watchPolicy(page);

  await page.goto(site.url('en/lessons/event-loop/'));
  const lesson = playground(page, 'sequential-vs-concurrent');
  await lesson.run.click();
  await lesson.finished('done');
  await lesson.root.getByRole('button', { name: 'Edit' }).click();
  await expect(lesson.root.locator('.monaco-editor')).toBeVisible({ timeout: MONACO_MS });
  await lesson.root.locator('.monaco-editor').click();
  await page.keyboard.press('Control+End');
  // A type error: Monaco's TypeScript worker runs and draws its squiggle (a data: SVG image).
  await page.keyboard.type("\nconst typed: number = 'text';");
  await expect(lesson.root.locator('.squiggly-error').first()).toBeAttached({ timeout: MONACO_MS });
  await lesson.run.click();
  await lesson.finished('done');

  await page.goto(site.url('en/lessons/other-operations/'));
  const threads = playground(page, 'to-thread-args');
  await threads.run.click();
  await threads.finished('done');

  // Search (Pagefind's wasm and its index) runs under the policy too; every page has its button.
  await page.locator('[data-search-open]').first().click();
  await page.locator('#site-search-input').fill('event loop');
  await expect(page.locator('.search-dialog')).toContainText(/event loop/i);
  await page.keyboard.press('Escape');

  const code = [
    `import { sleep, toThread } from 'async-lab';`,
    `await sleep(50);`,
    `const response = await fetch('https://httpbin.org/delay/1');`,
    `console.log('status', response.status, await toThread((n: number) => n * 2, 21));`,
  ].join('\n');
  await page.goto(playgroundUrl(site.url, code));
  const pg = playground(page);
  await pg.run.click();
  await pg.finished('done');
  await expectConsole(pg.console, 'status 200 42');

  expect(problems).toEqual([]);
});

test('an exercise page, checked, breaks no rule of the policy (zod never probes eval)', async ({ page, site }) => {
  test.slow();
  const problems = await watchPolicy(page);
  const [exercise] = listExercises();
  if (!exercise) throw new Error('no exercise on disk');
  await page.goto(site.url(`en/exercises/${exercise.slug}/`));
  const ws = workspace(page);
  expect(await ws.runChecks(exercise.timeLimitMs)).not.toBe('All checks passed');
  expect(problems).toEqual([]);
});
