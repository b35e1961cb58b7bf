import { expect, test } from './support/site';
import { expectConsole, playground, playgroundUrl, timeInPage } from './support/playground';
import { MONACO_MS, visibleErrorLines } from './support/editor';

test.describe('running code', () => {
  test('hello world prints with a timestamp and a total time', async ({ page, site }) => {
    await page.goto(playgroundUrl(site.url, `console.log('hello, world');`));
    const pg = playground(page);
    await pg.run.click();
    const ms = await pg.finished('done');
    const first = pg.entries.first();
    await expect(first).toHaveText(/hello, world/);
    await expect(first).toHaveAttribute('data-kind', 'log');
    await expect(first).toHaveAttribute('data-time', /^\d+$/);
    expect(ms).toBeLessThan(1_000);
    await expect(pg.status).toContainText('Done in');
  });

  test('three sleeps take about 3 s in a row and about 1 s with Promise.all', async ({ page, site }) => {
    const sequential = `import { sleep } from 'async-lab';\nawait sleep(1000);\nawait sleep(1000);\nawait sleep(1000);\nconsole.log('sequential done');`;
    await page.goto(playgroundUrl(site.url, sequential));
    const pg = playground(page);
    await pg.run.click();
    const seq = await pg.finished('done');
    expect(seq).toBeGreaterThan(2_900);
    expect(seq).toBeLessThan(4_000);
    await expect(pg.status).toContainText(/Done in 3 \d{3} ms/);

    const concurrent = `import { sleep } from 'async-lab';\nawait Promise.all([sleep(1000), sleep(1000), sleep(1000)]);\nconsole.log('concurrent done');`;
    await page.goto(playgroundUrl(site.url, concurrent));
    await pg.run.click();
    const conc = await pg.finished('done');
    expect(conc).toBeGreaterThan(950);
    expect(conc).toBeLessThan(1_500);
  });

  test('a run is done when its last timer fires, not when the top level returns', async ({ page, site }) => {
    await page.goto(playgroundUrl(site.url, `setTimeout(() => console.log('late'), 500);`));
    const pg = playground(page);
    await pg.run.click();
    const ms = await pg.finished('done');
    expect(ms).toBeGreaterThanOrEqual(495);
    await expect(pg.entries.last()).toHaveText(/late/);
  });

  test('an await that can never settle ends at once with a warning', async ({ page, site }) => {
    await page.goto(playgroundUrl(site.url, `await new Promise(() => {});\nconsole.log('never');`));
    const pg = playground(page);
    await pg.run.click();
    const ms = await pg.finished('done');
    // "At once": not the 5 s hang detector nor the time limit. Generous for a loaded machine.
    expect(ms).toBeLessThan(1_000);
    await expect(pg.console.locator('[data-kind="warn"]')).toContainText(
      /no timer, interval, fetch or worker was left/,
    );
    await expect(pg.console).not.toContainText('never\n');
  });

  test('Ctrl+Enter runs the code', async ({ page, site }) => {
    await page.goto(playgroundUrl(site.url, `console.log('from the keyboard');`));
    const pg = playground(page);
    await pg.root.locator('.monaco-editor, textarea').first().click();
    await page.keyboard.press('Control+Enter');
    await pg.finished('done');
    await expectConsole(pg.console, 'from the keyboard');
  });
});

test.describe('runaway code', () => {
  test('while(true) leaves the page responsive; Stop ends it within 1 s; the next run works', async ({
    page,
    site,
  }) => {
    await page.goto(playgroundUrl(site.url, `console.log('spinning');\nwhile (true) {}`));
    const pg = playground(page);
    // The standalone page opens Monaco once the engine is warm; mounting it takes the page's main
    // thread for up to a second on a busy machine, which is not what this test measures.
    await expect(pg.root.locator('.monaco-editor')).toBeVisible({ timeout: MONACO_MS });
    await pg.run.click();
    await expectConsole(pg.console, 'spinning');
    await expect(pg.status).toHaveAttribute('data-state', 'running');
    // The page's own animation frames keep coming while the loop spins in the sandbox.
    const frames = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let count = 0;
          const start = performance.now();
          const tick = (): void => {
            count++;
            if (performance.now() - start < 1_000) requestAnimationFrame(tick);
            else resolve(count);
          };
          requestAnimationFrame(tick);
        }),
    );
    // A page blocked by the loop draws 0 or 1 frames in that second. A quiet machine draws 60, and
    // CI's, at a load of 10 on two cores with the loop holding one of them, drew 8.
    expect(frames).toBeGreaterThan(4);

    // Timed in the page, from the click event to the status saying so.
    const stopToStatus = timeInPage(pg.root, { click: '[data-action="stop"]' }, 'stopped');
    await pg.stop.click();
    await expect(pg.status).toHaveAttribute('data-state', 'stopped');
    expect(await stopToStatus).toBeLessThan(1_000);
    await expect(pg.status).toContainText(/Stopped after [\d ]+ ms/);

    await page.goto(playgroundUrl(site.url, `console.log('alive again');`));
    await pg.run.click();
    await pg.finished('done');
    await expectConsole(pg.console, 'alive again');
  });

  test('an endless setInterval times out at the run limit', async ({ page, site }) => {
    test.setTimeout(40_000);
    await page.goto(playgroundUrl(site.url, `let n = 0;\nsetInterval(() => { n++; }, 100);`));
    const pg = playground(page);
    // When the run really ended, timed in the page from the status saying "running" (the code has
    // started: the limit counts from there, not from the click, which may first load the bundler)
    // to it saying "timeout". The status text only reports the configured limit, so reading it back
    // would prove nothing.
    const runningToTimeout = timeInPage(pg.root, { state: 'running' }, 'timeout');
    await pg.run.click();
    await pg.finished('timeout', 40_000);
    await expect(pg.status).toHaveText('Timed out after 10 000 ms');
    const ms = await runningToTimeout;
    expect(ms).toBeGreaterThanOrEqual(9_900);
    expect(ms).toBeLessThan(12_000);
  });
});

test.describe('errors', () => {
  test('a syntax error marks the editor and names its line; nothing runs', async ({ page, site }) => {
    await page.goto(playgroundUrl(site.url, `console.log('before');\nconst x = ;\n`));
    const pg = playground(page);
    await expect(pg.root.locator('.monaco-editor')).toBeVisible({ timeout: MONACO_MS });
    await pg.run.click();
    await pg.finished('error');
    await expect(pg.console.locator('[data-kind="error"]')).toContainText('main.ts:2:11');
    await expect(pg.console).not.toContainText('before');
    // Monaco's own TypeScript check underlines this line too ("Expression expected"), so the test
    // reads the marker the bundler set: its line, and its message and source in the hover.
    const editor = pg.root.locator('.monaco-editor');
    const squiggle = editor.locator('.squiggly-error').first();
    await expect(squiggle).toBeAttached({ timeout: MONACO_MS });
    await expect.poll(async () => (await visibleErrorLines(editor)).errors).toEqual([2]);
    const box = await squiggle.boundingBox();
    if (!box) throw new Error('the squiggle has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    await expect(hover).toContainText('Unexpected ";"');
    await expect(hover).toContainText('esbuild');
  });

  test('a runtime error is mapped to its TypeScript line', async ({ page, site }) => {
    const code = `type Point = { x: number };\nconst p: Point = { x: 1 };\nconsole.log(p.x);\nfunction fail(): never {\n  throw new Error('boom');\n}\nfail();\n`;
    await page.goto(playgroundUrl(site.url, code));
    const pg = playground(page);
    await pg.run.click();
    await pg.finished('error');
    const error = pg.console.locator('[data-kind="error"]').first();
    await expect(error).toContainText('boom');
    await expect(error).toContainText('main.ts:5');
  });

  test('an unhandled rejection is reported', async ({ page, site }) => {
    const code = `import { sleep } from 'async-lab';\nPromise.reject(new Error('nobody caught me'));\nawait sleep(50);\nconsole.log('after');`;
    await page.goto(playgroundUrl(site.url, code));
    const pg = playground(page);
    await pg.run.click();
    await pg.finished('error');
    await expect(pg.console.locator('[data-kind="error"]')).toContainText('nobody caught me');
    await expectConsole(pg.console, 'after');
  });
});

test.describe('a fresh worker for every run', () => {
  // A spare worker loads the learner's code as a blob of its own, so the stack names another URL
  // than the worker's script; a fresh whole-script worker runs both from the one blob.
  const whereAmI = [
    `const scope = globalThis as { leak?: string };`,
    `const file = /blob:[^\\s)]+?(?=:\\d+:\\d+)/.exec(new Error().stack ?? '')?.[0];`,
    `console.log('leak:', scope.leak ?? 'none', '/', file === location.href ? 'whole script' : 'spare');`,
    `scope.leak = 'set by an earlier run';`,
    `console.log(new Error('traced'));`,
  ].join('\n');

  test('globals set by one run are gone in the next; runs after the first use the spare, with mapped stacks', async ({
    page,
    site,
  }) => {
    await page.goto(playgroundUrl(site.url, whereAmI));
    const pg = playground(page);
    // The frame marks its root element when a spare worker has evaluated the runtime (and unmarks
    // it when a run takes the spare), so each run after the first can wait for one.
    const spareReady = page.frameLocator('iframe[sandbox]').locator('html[data-spare="ready"]');
    const seen: string[] = [];
    for (let run = 0; run < 3; run++) {
      if (run > 0) await expect(spareReady).toBeAttached({ timeout: 15_000 });
      await pg.run.click();
      await pg.finished('done');
      seen.push((await pg.entries.first().textContent()) ?? '');
      // The stack is mapped to the TypeScript line whichever worker ran the code.
      await expect(pg.entries.nth(1)).toContainText('main.ts:5:');
    }
    for (const line of seen) expect(line).toContain('leak: none');
    expect(seen.slice(1), 'the second and third runs took the spare').toEqual([
      expect.stringContaining('/ spare'),
      expect.stringContaining('/ spare'),
    ]);
  });

  test('Stop right after Run, or once the code runs, ends its worker; the next run still works', async ({
    page,
    site,
  }) => {
    // The run's worker calls the site every 50 ms for as long as it lives; the page can count the calls.
    const beacon = site.url('__beacon');
    const beacons: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(beacon)) beacons.push(request.url());
    });
    const code = [
      `let n = 0;`,
      `console.log('beaconing');`,
      `setInterval(() => void fetch('${beacon}?' + n++).catch(() => {}), 50);`,
    ].join('\n');
    await page.goto(playgroundUrl(site.url, code));
    const pg = playground(page);

    // At once: the Stop reaches the frame right behind the run, whichever worker took it.
    await pg.run.click();
    await pg.stop.click();
    await pg.finished('stopped');

    await pg.run.click();
    await expectConsole(pg.console, 'beaconing');
    await expect.poll(() => beacons.length).toBeGreaterThan(2);
    await pg.stop.click();
    await pg.finished('stopped');
    const afterStop = beacons.length;
    await page.waitForTimeout(600);
    // One call may have been on its way when Stop arrived; a live worker would have made about 12.
    expect(beacons.length - afterStop).toBeLessThanOrEqual(1);

    await page.goto(playgroundUrl(site.url, whereAmI));
    await pg.run.click();
    await pg.finished('done');
    await expect(pg.entries.first()).toContainText('leak: none');
  });

  test('after a timed-out endless loop and a lost sandbox frame, Run still works', async ({ page, site }) => {
    // Four runs, a 10 s limit, Monaco and a rebuilt frame: over 60 s at a load of 10.
    test.setTimeout(120_000);
    await page.goto(playgroundUrl(site.url, `console.log('spinning');\nwhile (true) {}`));
    const pg = playground(page);
    // The standalone page opens Monaco once the engine is warm; mounting it takes the page's main
    // thread for up to a second on a busy machine, which is not what this test measures.
    await expect(pg.root.locator('.monaco-editor')).toBeVisible({ timeout: MONACO_MS });
    await pg.run.click();
    await expectConsole(pg.console, 'spinning');
    await pg.finished('timeout', 20_000);

    await page.goto(playgroundUrl(site.url, whereAmI));
    await pg.run.click();
    await pg.finished('done');
    await expect(pg.entries.first()).toContainText('leak: none');

    // The frame, its spare with it, disappears (as in a renderer crash). A Run sent to it just after
    // a pong fails once the heartbeat notices, and the frame is rebuilt; one sent later gets the new
    // frame at once. Either way the Run after that works.
    await page.evaluate(() => document.querySelector('iframe[sandbox]')?.remove());
    await pg.run.click();
    await expect(pg.status).toHaveAttribute('data-state', /^(done|error)$/, { timeout: 20_000 });
    await pg.run.click();
    await pg.finished('done');
    await expect(pg.entries.first()).toContainText('leak: none');
    await expect(page.locator('iframe[sandbox]')).toHaveCount(1);
  });
});
