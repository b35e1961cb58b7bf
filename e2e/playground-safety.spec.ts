import { expect, test } from './support/site';
import { expectConsole, playground, playgroundUrl } from './support/playground';
import { MONACO_MS } from './support/editor';

test.describe('what the console shows', () => {
  test('a logged XSS string stays text', async ({ page, site }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(
      playgroundUrl(site.url, `console.log('<img src=x onerror="alert(1)">');\nconsole.log({ html: '<b>bold</b>' });`),
    );
    const pg = playground(page);
    await pg.run.click();
    await pg.finished('done');
    await expectConsole(pg.console, '<img src=x onerror="alert(1)">');
    await expect(pg.console.locator('img, b')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('Map, Set and a circular object display as such', async ({ page, site }) => {
    const code = [
      `const m = new Map<string, number>([['a', 1], ['b', 2]]);`,
      `const s = new Set([1, 2, 3]);`,
      `const o: Record<string, unknown> = { name: 'loop' };`,
      `o.self = o;`,
      `console.log(m);`,
      `console.log(s);`,
      `console.log(o);`,
    ].join('\n');
    await page.goto(playgroundUrl(site.url, code));
    const pg = playground(page);
    await pg.run.click();
    await pg.finished('done');
    await expect(pg.entries.nth(0)).toContainText('Map(2)');
    await expect(pg.entries.nth(0)).toContainText(`'a' => 1`);
    await expect(pg.entries.nth(1)).toContainText('Set(3)');
    await expect(pg.entries.nth(2)).toContainText(/Circular/);
  });
});

test.describe('isolation', () => {
  test('learner code cannot reach the page’s storage, cookies, DOM, navigation or windows', async ({
    page,
    site,
    context,
  }) => {
    await page.goto(site.url('en/playground/'));
    await page.evaluate(() => {
      localStorage.setItem('secret', 'page-only');
      document.cookie = 'session=page-only; path=/';
    });
    const attempts = [
      `const tries: Record<string, () => unknown> = {`,
      `  storage: () => (globalThis as any).localStorage?.getItem('secret'),`,
      `  cookie: () => (globalThis as any).document?.cookie,`,
      `  parentDoc: () => (globalThis as any).parent?.document?.title,`,
      `  navigate: () => { (globalThis as any).top.location.href = 'https://example.com/'; return 'navigated'; },`,
      `  open: () => (globalThis as any).open('https://example.com/'),`,
      `};`,
      `for (const [name, attempt] of Object.entries(tries)) {`,
      `  try { console.log(name, String(attempt())); } catch (e) { console.log(name, 'blocked:', (e as Error).name); }`,
      `}`,
    ].join('\n');
    const pages = context.pages().length;
    await page.goto(playgroundUrl(site.url, attempts));
    const pg = playground(page);
    await pg.run.click();
    await pg.finished('done');
    await expect(pg.entries).toHaveCount(5);
    await expect(pg.console).not.toContainText('page-only');
    await expect(pg.console).not.toContainText('navigated');
    expect(page.url()).toContain('/en/playground/');
    expect(context.pages().length).toBe(pages);
    // The frame is sandboxed with scripts only: no same-origin, popups, navigation, forms or downloads.
    await expect(page.locator('iframe[sandbox]')).toHaveAttribute('sandbox', 'allow-scripts');
  });

  test('what a worker can reach gives it nothing of the site: its pages, its scripts, storage, the relay', async ({
    page,
    site,
  }) => {
    // The page keeps something in each store the code might try to read.
    await page.goto(site.url('en/playground/'));
    await page.evaluate(async () => {
      localStorage.setItem('secret', 'page-only');
      await new Promise<void>((resolve) => {
        const open = indexedDB.open('page-store');
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onsuccess = () => {
          open.result.transaction('s', 'readwrite').objectStore('s').put('page-only', 'k');
          resolve();
        };
      });
      await (await caches.open('page-cache')).put('/secret', new Response('page-only'));
    });
    const origin = site.url('');
    const attacks = [
      `import { sleep } from 'async-lab';`,
      `const site = ${JSON.stringify(origin)};`,
      `const scope = globalThis as any;`,
      `async function attempt(name: string, fn: () => unknown): Promise<void> {`,
      `  try { console.log(name, 'reached:', JSON.stringify(await fn())?.slice(0, 60)); }`,
      `  catch (e) { console.log(name, 'blocked:', (e as Error).name); }`,
      `}`,
      `await attempt('page', async () => (await fetch(site + 'en/playground/')).text());`,
      `await attempt('script', () => scope.importScripts(site + 'favicon.svg'));`,
      `await attempt('worker', () => new Worker(site + 'sw.js').constructor.name);`,
      `await attempt('indexedDB', () => new Promise((ok, no) => {`,
      `  const open = indexedDB.open('page-store');`,
      `  open.onsuccess = () => ok([...open.result.objectStoreNames]);`,
      `  open.onerror = () => no(open.error);`,
      `}));`,
      `await attempt('caches', async () => (await caches.keys()));`,
      `await attempt('serviceWorker', async () => await scope.navigator.serviceWorker.getRegistrations());`,
      // The relay in the frame listens to its workers only before a run: these must change nothing.
      `for (const type of ['run-code', 'run', 'stop', 'spare-ready', 'done', 'worker-error'])`,
      `  scope.postMessage({ type, runId: 1, code: 'console.log("forged")', message: 'forged', durationMs: 1 });`,
      `await sleep(300);`,
      `console.log('end');`,
    ].join('\n');
    await page.goto(playgroundUrl(site.url, attacks));
    const pg = playground(page);
    await pg.run.click();
    await pg.finished('done');
    await expectConsole(pg.console, 'end');
    const lines = (await pg.entries.allInnerTexts()).map((line) => line.replace(/\s+/g, ' '));
    // Everything cross-origin fails for lack of CORS or same-origin; the storage APIs refuse an opaque origin.
    for (const name of ['page', 'script', 'worker', 'indexedDB', 'caches', 'serviceWorker'])
      expect(lines.find((line) => line.includes(`${name} `)) ?? `${name}: no line`, name).toMatch(/blocked: \w+/);
    expect(lines.join('\n')).not.toContain('page-only');
    expect(lines.join('\n')).not.toContain('forged');
    expect(lines).toHaveLength(7);
    // The forged messages neither ended the run early nor started another one.
    await page.waitForTimeout(500);
    await expect(pg.status).toHaveAttribute('data-state', 'done');
    await expect(pg.entries).toHaveCount(7);
  });

  test('a forged message from another frame is ignored', async ({ page, site }) => {
    const code = `import { sleep } from 'async-lab';\nconsole.log('real start');\nawait sleep(600);\nconsole.log('real end');`;
    await page.goto(playgroundUrl(site.url, code));
    const pg = playground(page);
    await pg.run.click();
    // The page's first Run of code from a link loads the compiler: 10 s ran out at a load of 14.
    await expectConsole(pg.console, 'real start', 60_000);
    // Another frame on the page pretends to be the sandbox: a worker error and a "done" for every plausible run id.
    await page.evaluate(() => {
      const forger = document.createElement('iframe');
      forger.srcdoc = `<script>
        for (let runId = 0; runId < 20; runId++) {
          parent.postMessage({ type: 'worker-error', runId, message: 'forged failure' }, '*');
          parent.postMessage({ type: 'done', runId, durationMs: 1, uncaught: 0 }, '*');
          parent.postMessage({ type: 'pong', nonce: runId }, '*');
        }
      </script>`;
      document.body.append(forger);
    });
    const ms = await pg.finished('done');
    expect(ms).toBeGreaterThan(550);
    await expectConsole(pg.console, 'real end');
    await expect(pg.console).not.toContainText('forged failure');
  });
});

test.describe('load', () => {
  // The flood keeps both cores busy (the worker logs, the page draws), so it runs with the other
  // CPU-heavy tests, one at a time at the end: beside another test on a loaded CI machine it ran into
  // the 10 s run limit.
  test('1 000 000 console.log lines do not freeze the page', { tag: '@cpu-heavy' }, async ({ page, site }) => {
    test.setTimeout(60_000);
    await page.goto(playgroundUrl(site.url, `for (let i = 0; i < 1_000_000; i++) console.log('line', i);`));
    const pg = playground(page);
    // The standalone page opens Monaco at once; let that settle first, so only the flood is measured.
    await expect(pg.root.locator('.monaco-editor')).toBeVisible({ timeout: MONACO_MS });
    await page.waitForTimeout(500);
    // Record the longest time the page's own main thread was blocked within one frame during the
    // flood (a long-animation-frame's blockingDuration: its tasks' time beyond 50 ms each, and its
    // rendering). That is what a person feels as a stall the page caused: a tap waits that long. A
    // plain gap between animation frames also counts the time the OS gives the worker's process
    // instead: on a loaded two-core machine, frames of 1.5 s in which the page ran 60 ms of script.
    await page.evaluate(() => {
      const w = window as unknown as { longestBlock: number };
      w.longestBlock = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { blockingDuration: number })[])
          w.longestBlock = Math.max(w.longestBlock, entry.blockingDuration);
      }).observe({ type: 'long-animation-frame' });
    });
    await pg.run.click();
    await pg.finished('done', 50_000);
    await expectConsole(pg.console, 'line 999999');
    await expect(pg.console).toContainText(/earlier lines were dropped/);
    const longest = await page.evaluate(() => (window as unknown as { longestBlock: number }).longestBlock);
    // `npm run bench` judges the 100 ms frame budget on a quiet machine (68 ms measured). Here, beside
    // other tests on two cores, the same message task measured 306–614 ms at a load of 13–16;
    // rendering the million lines, or even the 10 000 kept ones, at once blocks for seconds.
    expect(longest).toBeLessThan(1_000);
    // Only the rows around the view are in the page (console-scroll.spec.ts scrolls through the rest).
    expect(await pg.console.locator('.console-entry').count()).toBeLessThan(200);
  });

  test('a double-clicked Run does not interleave two runs', async ({ page, site }) => {
    const code = `import { sleep } from 'async-lab';\nconsole.log('start');\nfor (let i = 0; i < 3; i++) { await sleep(100); console.log('step', i); }`;
    await page.goto(playgroundUrl(site.url, code));
    const pg = playground(page);
    await pg.run.dblclick();
    await pg.finished('done');
    await expect(pg.entries).toHaveText([/start/, /step 0/, /step 1/, /step 2/]);
  });
});
