import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from './support/site';
import { ESBUILD, requestedPaths } from './support/requests';
import { expectConsole, playground, playgroundUrl } from './support/playground';
import { MONACO_MS } from './support/editor';
import { isCpuHeavyLesson } from './support/lessons';
import { declaredPlaygrounds } from '../src/course/playground-ids';

/**
 * Issue 17 §1: lesson examples and exercise starters are bundled at build time
 * (src/course/prebuilt-bundles.ts), so a Run of unedited code needs no compiler. Once the reader
 * edits, the page's quick path builds a lone main.ts (quick-bundle.ts, ~75 KB); esbuild-wasm (3 MB)
 * loads only for what the quick path leaves to it.
 */
test.describe.configure({ mode: 'parallel' });

const QUICK = /\/_astro\/quick-bundle\.[^/]*\.js$/;
/** Either of the page's compilers. */
const COMPILER = new RegExp(`${ESBUILD.source}|${QUICK.source}`);
const PREBUILT = /\/_astro\/prebuilt\/[0-9a-f]{20}\.json$/;

test('an unedited lesson example runs from its build-time bundle, and the compiler loads only for an edit', async ({
  page,
  site,
}) => {
  const urls = requestedPaths(page);
  await page.goto(site.url('en/lessons/gather/'));
  const pg = playground(page, 'first-error');
  await pg.run.hover();
  await pg.run.click();
  await pg.finished('done');
  await expectConsole(pg.console, 'slow finished');
  // The page fetches each example's bundle once, when it is idle or on intent, whichever comes first.
  const own = new URL((await pg.root.getAttribute('data-prebuilt')) ?? '', page.url()).pathname;
  expect(own).toMatch(PREBUILT);
  expect(urls.filter((url) => url === own)).toHaveLength(1);
  expect(
    urls.filter((url) => COMPILER.test(url)),
    'compiler requests before any edit',
  ).toEqual([]);

  // A second example on the page: its own bundle, and still no compiler.
  const other = playground(page, 'all-settled');
  await other.run.click();
  await other.finished('done');
  await expectConsole(other.console, 'Error: bad failed');
  expect(urls.filter((url) => COMPILER.test(url))).toEqual([]);

  // An edit: the quick path loads, not esbuild, and the Run prints what the edited code says.
  await pg.root.getByRole('button', { name: 'Edit' }).click();
  const editor = pg.root.locator('.monaco-editor');
  await expect(editor).toBeVisible({ timeout: MONACO_MS });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type("\nconsole.log('edited, and rebuilt in the page');");
  await pg.run.click();
  await pg.finished('done', 60_000);
  await expectConsole(pg.console, 'edited, and rebuilt in the page');
  expect(urls.filter((url) => QUICK.test(url)).length).toBeGreaterThan(0);
  expect(urls.filter((url) => ESBUILD.test(url))).toEqual([]);

  // Reset: the code as written again, which its prebuilt bundle serves (no new compile is needed).
  await pg.root.getByRole('button', { name: 'Reset' }).click();
  await pg.run.click();
  await pg.finished('done');
  await expect(pg.console).not.toContainText('edited, and rebuilt in the page');
  await expectConsole(pg.console, 'slow finished');
});

test('code the quick path leaves to esbuild (a namespace) loads esbuild, and runs as written', async ({
  page,
  site,
}) => {
  const urls = requestedPaths(page);
  await page.goto(
    playgroundUrl(
      site.url,
      `namespace Greeting {\n  export const text = 'from a namespace';\n}\nconsole.log(Greeting.text);`,
    ),
  );
  const pg = playground(page);
  await pg.run.click();
  await pg.finished('done', 60_000);
  await expectConsole(pg.console, 'from a namespace');
  expect(urls.filter((url) => ESBUILD.test(url)).length).toBeGreaterThan(0);
});

test('the quick path maps a runtime error to its line in code with Chinese comments', async ({ page, site }) => {
  // The inline source map carries the code; btoa takes Latin-1 only, so the map must escape it.
  const code = `// 中文注释：第一行\ntype 秒 = number;\nconst 等待: 秒 = 1;\nthrow new Error('出错了 ' + 等待);\n`;
  const urls = requestedPaths(page);
  await page.goto(playgroundUrl(site.url, code, 'zh-cn'));
  const pg = playground(page);
  await pg.root.getByRole('button', { name: '运行', exact: true }).click();
  await pg.finished('error');
  const error = pg.console.locator('[data-kind="error"]').first();
  await expect(error).toContainText('出错了 1');
  await expect(error).toContainText('main.ts:4');
  expect(urls.filter((url) => ESBUILD.test(url))).toEqual([]);
});

test('without its prebuilt bundle (missing or stale), an example is compiled in the page and runs the same', async ({
  page,
  site,
}) => {
  await page.goto(site.url('en/lessons/gather/'));
  const pg = playground(page, 'first-error');
  const own = new URL((await pg.root.getAttribute('data-prebuilt')) ?? '', page.url()).pathname;
  expect(own).toMatch(PREBUILT);
  const urls = requestedPaths(page);
  // The example's bundle (routing also turns the HTTP cache off): a 404 for the first reload, then
  // a bundle of other files in its place. The mode, not a count of requests, picks the answer: under
  // load the first page's idle preload can reach the route too.
  let mode: 'missing' | 'stale' = 'missing';
  const hits = { missing: 0, stale: 0 };
  await page.route(
    (url) => url.pathname === own,
    async (route) => {
      hits[mode] += 1;
      if (mode === 'missing') return route.fulfill({ status: 404, body: 'not here' });
      const response = await route.fetch();
      const stale = (await response.json()) as { key: string; code: string };
      return route.fulfill({
        response,
        json: { ...stale, key: 'other files', code: 'console.log("a stale bundle ran")' },
      });
    },
  );
  await page.reload();
  await pg.run.click();
  await pg.finished('done', 60_000);
  await expectConsole(pg.console, 'slow finished');
  expect(urls.filter((url) => COMPILER.test(url)).length).toBeGreaterThan(0);
  expect(hits.missing).toBeGreaterThan(0);

  mode = 'stale';
  await page.reload();
  await pg.run.click();
  await pg.finished('done', 60_000);
  await expectConsole(pg.console, 'slow finished');
  await expect(pg.console).not.toContainText('a stale bundle ran');
  expect(hits.stale).toBeGreaterThan(0);
});

/**
 * The same console, line for line, from the build's bundle (esbuild in Node) and from the page's
 * compiler (the quick path), for every TypeScript example of every English lesson. Numbers are masked: timings differ from run to run.
 */
const lessons = readdirSync('content/lessons/en')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({
    slug: file.replace(/\.mdx$/, ''),
    source: readFileSync(`content/lessons/en/${file}`, 'utf8'),
  }))
  .map(({ slug, source }) => ({
    path: `en/lessons/${slug}/`,
    cpuHeavy: isCpuHeavyLesson(slug, source),
    ids: declaredPlaygrounds(source)
      .filter((p) => p.language === 'typescript')
      .map((p) => p.id),
  }))
  .filter(({ ids }) => ids.length > 0);

for (const { path, ids, cpuHeavy } of lessons) {
  test(
    `${path}: each example prints the same from the build's bundle as from the page's compiler`,
    { tag: cpuHeavy ? ['@cpu-heavy'] : [] },
    async ({ browser, site }) => {
      test.setTimeout(60_000 + ids.length * 40_000);
      const printed = async (compiled: boolean): Promise<string[][]> => {
        const page = await browser.newPage();
        const urls = requestedPaths(page);
        if (compiled) await page.route(PREBUILT, (route) => route.fulfill({ status: 404, body: '' }));
        await page.goto(site.url(path));
        const out: string[][] = [];
        for (const id of ids) {
          const pg = playground(page, id);
          if (!(await pg.root.isVisible())) {
            await page.locator('code-twins').filter({ has: pg.root }).getByRole('tab', { name: 'TypeScript' }).click();
          }
          await pg.run.click();
          const limit = Number((await pg.root.getAttribute('data-time-limit-ms')) ?? 10_000);
          await expect(pg.status).toHaveAttribute('data-duration-ms', /\d+/, { timeout: limit + 30_000 });
          await page.waitForTimeout(100); // the last batch of entries is drawn on the next frame
          const lines = await pg.entries.evaluateAll((entries) =>
            entries.map((entry) => (entry.querySelector('.console-message') ?? entry).textContent ?? ''),
          );
          out.push(
            lines.map((line) =>
              line
                // A number is one #, grouped or not: under load an abort read "1 002 ms" (formatMs
                // groups thousands) in one run and "998 ms" in the other.
                .replace(/\d+(?:[\s\u00a0\u202f\u2009]\d{3}(?!\d))*(?:\.\d+)?/g, '#')
                .replace(/\s+/g, ' ')
                .trim(),
            ),
          );
        }
        // Every lesson example is a lone main.ts the quick path takes (quick-bundle.test.ts): with no
        // build-time bundle, the page builds it with the quick path and never loads esbuild.
        expect({
          quick: urls.some((url) => QUICK.test(url)),
          esbuild: urls.some((url) => ESBUILD.test(url)),
        }).toEqual({ quick: compiled, esbuild: false });
        await page.close();
        return out;
      };
      const fromBuild = await printed(false);
      const fromPage = await printed(true);
      // The same lines, each as often, in any order: where two events are due within a few ms of each
      // other (blocked-loop's heartbeat and its 250 ms timer, once a busy machine has delayed a beat),
      // their order belongs to the machine, not to the bundle. A bundle that dropped, added or changed
      // a line still differs here.
      const sorted = (lines: string[] | undefined): string[] => [...(lines ?? [])].sort();
      for (const [index, id] of ids.entries()) {
        expect(sorted(fromPage[index]), `#${id}`).toEqual(sorted(fromBuild[index]));
      }
    },
  );
}
