import lz from 'lz-string';
import { expect, test } from './support/site';
import { playground } from './support/playground';

/** The Python playground with `code` in its #code/ link. */
function pythonUrl(siteUrl: (path: string) => string, code: string, locale = 'en'): string {
  return `${siteUrl(`${locale}/playground/python/`)}#code/${lz.compressToEncodedURIComponent(code)}`;
}

const lines = (...code: string[]): string => code.join('\n');

/**
 * How long a page's first Python run may take to finish: it boots an interpreter first (about 1 s;
 * tens of seconds when the machine's cores are all busy). Timing bands below use the run's own
 * duration, which starts after the boot, so this wait widens none of them.
 */
const FIRST_RUN_MS = 60_000;

test.describe('Python playground', () => {
  test.describe.configure({ timeout: 120_000 });
  test('prints with timestamps, in a playground marked as Python', async ({ page, site }) => {
    await page.goto(pythonUrl(site.url, `print('hello from', 'Python')`));
    const pg = playground(page);
    await expect(pg.root).toHaveAttribute('data-language', 'python');
    await pg.run.click();
    await pg.finished('done', FIRST_RUN_MS);
    const first = pg.entries.first();
    await expect(first).toHaveText(/hello from Python/);
    await expect(first).toHaveAttribute('data-kind', 'log');
    await expect(first).toHaveAttribute('data-time', /^\d+$/);
  });

  test('the sandbox starts while Pyodide downloads, not after it', async ({ page, site }) => {
    // The interpreter's wasm (9.6 MB) is held back until the frame it will run in has started: a
    // frame made only once every file had arrived added its own start-up to the first run.
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/pyodide-asm\.[\w-]+\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(pythonUrl(site.url, `print('after the wait')`));
    await expect(page.frameLocator('iframe[sandbox]').locator('html')).toBeAttached();
    release();
    const pg = playground(page);
    await pg.run.click();
    await pg.finished('done', FIRST_RUN_MS);
    await expect(pg.entries.first()).toHaveText(/after the wait/);
  });

  test('the default example and its share link open the same code', async ({ page, site }) => {
    await page.goto(site.url('zh-cn/playground/python/'));
    const pg = playground(page);
    await expect(pg.root).toContainText('asyncio.gather');
    await page.goto(pythonUrl(site.url, `print("shared link")`, 'zh-cn'));
    await expect(pg.root).toContainText('shared link');
  });

  // @cpu-heavy: its bands are the notes' headline timings; a 3 s program read 4.5 s beside the other
  // projects at a load of 10, so it runs with the CPU-heavy project, last and alone.
  test('three sleeps take about 3 s in a row and about 1 s with gather @cpu-heavy', async ({ page, site }) => {
    const work = ['import asyncio', 'async def work():', '    await asyncio.sleep(1)'];
    await page.goto(
      pythonUrl(
        site.url,
        lines(...work, 'async def main():', '    for _ in range(3):', '        await work()', 'asyncio.run(main())'),
      ),
    );
    const pg = playground(page);
    await pg.run.click();
    const sequential = await pg.finished('done', FIRST_RUN_MS);
    expect(sequential).toBeGreaterThan(2_900);
    expect(sequential).toBeLessThan(4_000);

    await page.goto(
      pythonUrl(
        site.url,
        lines(...work, 'async def main():', '    await asyncio.gather(work(), work(), work())', 'asyncio.run(main())'),
      ),
    );
    await pg.run.click();
    const concurrent = await pg.finished('done', FIRST_RUN_MS);
    expect(concurrent).toBeGreaterThan(950);
    expect(concurrent).toBeLessThan(1_500);
  });

  // @cpu-heavy for the same reason: it read 5.7 s against < 5.5 s beside the other projects at a load of 9.
  test('requests blocks the loop for 2 s, aiohttp then takes 2 s more: about 4 s in all @cpu-heavy', async ({
    page,
    site,
  }) => {
    const code = lines(
      'import asyncio, time, requests, aiohttp',
      'async def bad():',
      '    requests.get("https://httpbin.org/delay/2")',
      '    print("sync done")',
      'async def good():',
      '    async with aiohttp.ClientSession() as session:',
      '        await session.get("https://httpbin.org/delay/2")',
      '    print("async done")',
      'async def main():',
      '    await asyncio.gather(bad(), good())',
      'asyncio.run(main())',
    );
    await page.goto(pythonUrl(site.url, code));
    const pg = playground(page);
    await pg.run.click();
    const ms = await pg.finished('done', FIRST_RUN_MS);
    // Blocking shows as the ~4 s (2 s blocked, then 2 s awaited); CI's loaded machine added up to 1 s.
    expect(ms).toBeGreaterThan(3_900);
    expect(ms).toBeLessThan(5_500);
    const sync = pg.entries.filter({ hasText: 'sync done' }).first();
    expect(Number(await sync.getAttribute('data-time'))).toBeGreaterThan(1_950);
    await expect(pg.console).toContainText('httpbin.org/delay/2');
  });

  test('time.sleep in a coroutine blocks the other task', async ({ page, site }) => {
    const code = lines(
      'import asyncio, time',
      'async def blocker():',
      '    time.sleep(1)',
      'async def ticker():',
      '    await asyncio.sleep(0.1)',
      '    print("tick")',
      'async def main():',
      '    await asyncio.gather(blocker(), ticker())',
      'asyncio.run(main())',
    );
    await page.goto(pythonUrl(site.url, code));
    const pg = playground(page);
    await pg.run.click();
    await pg.finished('done', FIRST_RUN_MS);
    const tick = pg.entries.filter({ hasText: 'tick' }).first();
    expect(Number(await tick.getAttribute('data-time'))).toBeGreaterThan(990);
  });

  test('cancelling a task raises the CancelledError that `except asyncio.CancelledError` catches', async ({
    page,
    site,
  }) => {
    const code = lines(
      'import asyncio',
      'async def main():',
      '    task = asyncio.create_task(asyncio.sleep(2))',
      '    await asyncio.sleep(0.5)',
      '    task.cancel()',
      '    try:',
      '        await task',
      '    except asyncio.CancelledError:',
      '        print("caught, cancelled:", task.cancelled())',
      '    try:',
      '        async with asyncio.timeout(0.2):',
      '            await asyncio.sleep(1)',
      '    except TimeoutError:',
      '        print("timed out")',
      'asyncio.run(main())',
    );
    await page.goto(pythonUrl(site.url, code));
    const pg = playground(page);
    await pg.run.click();
    const ms = await pg.finished('done', FIRST_RUN_MS);
    await expect(pg.console).toContainText('caught, cancelled: True');
    await expect(pg.console).toContainText('timed out');
    // CPython 3.11 here: 0.70 s (0.5 s, then the 0.2 s timeout).
    expect(ms).toBeGreaterThan(650);
    expect(ms).toBeLessThan(1_500);
  });

  test('to_thread runs blocking calls side by side: three 1 s sleeps overlap and take about 1 s', async ({
    page,
    site,
  }) => {
    const code = lines(
      'import asyncio, time',
      'def blocking(i):',
      '    print(f"start {i} {time.monotonic():.3f}")',
      '    time.sleep(1)',
      '    print(f"end {i} {time.monotonic():.3f}")',
      'async def main():',
      '    await asyncio.gather(*[asyncio.to_thread(blocking, i) for i in range(3)])',
      '    print("to_thread done")',
      'asyncio.run(main())',
    );
    await page.goto(pythonUrl(site.url, code));
    const pg = playground(page);
    await pg.run.click();
    const ms = await pg.finished('done', FIRST_RUN_MS);
    await expect(pg.console).toContainText('to_thread done');
    const events = (await pg.console.innerText())
      .split('\n')
      .map((line) => /^(start|end) (\d) (\d+\.\d+)$/.exec(line.trim()))
      .filter((match) => match !== null)
      .map(([, kind, , at]) => ({ kind, at: Number(at) }));
    expect(events.map((event) => event.kind)).toEqual(['start', 'start', 'start', 'end', 'end', 'end']);
    // Side by side: every call started before the first ended (the order above), and the three
    // sleeps together took about one sleep, not three. CPython 3.11 here: 1.00 s; Chromium, quiet:
    // 1.02–1.05 s. The start-up before the first call (imports, the executor) is CPU work that a
    // loaded machine stretches (a load of 10 made the whole run 2.7 s in CI), so the band is on the
    // calls themselves, and wide of one after another (3 s): a whole npm test read 1.75 s.
    const span = (events.at(-1)?.at ?? 0) - (events[0]?.at ?? 0);
    expect(span).toBeGreaterThan(0.95);
    expect(span).toBeLessThan(2.5);
    expect(ms).toBeGreaterThan(950);
    expect(ms).toBeLessThan(4_000);
  });

  // Twenty green threads once crashed Pyodide here ("memory access out of bounds" in the stack
  // switch, 2026-11-30). Since the hostile-input work (235d9cd) they do not; which change cured it
  // is not known, so this test guards it, two runs on one page. CPython 3.11 here: 0.50 s.
  // In the page each start costs a few ms (a stack switch and a macrotask there and back), so 20
  // take 0.65–0.8 s on a quiet machine; one after another they would take 10 s.
  test('twenty threads sleep side by side, twice in a row', async ({ page, site }) => {
    const code = lines(
      'import threading, time',
      'threads = [threading.Thread(target=time.sleep, args=(0.5,)) for _ in range(20)]',
      'for t in threads: t.start()',
      'for t in threads: t.join()',
      'print("threads done", threading.active_count())',
    );
    await page.goto(pythonUrl(site.url, code));
    const pg = playground(page);
    for (const wait of [FIRST_RUN_MS, 30_000]) {
      await pg.run.click();
      const ms = await pg.finished('done', wait);
      expect(ms).toBeGreaterThan(490);
      expect(ms).toBeLessThan(2_500);
      await expect(pg.entries.last()).toHaveText(/threads done 1$/);
      await expect(pg.console.locator('[data-kind="error"]')).toHaveCount(0);
    }
  });

  test('an uncaught exception shows a traceback with main.py and its line', async ({ page, site }) => {
    await page.goto(pythonUrl(site.url, lines('x = 1', 'def f():', '    return x / 0', 'f()')));
    const pg = playground(page);
    await pg.run.click();
    await pg.finished('error', FIRST_RUN_MS);
    const error = pg.console.locator('[data-kind="error"]').first();
    await expect(error).toContainText('File "main.py", line 3, in f');
    await expect(error).toContainText('ZeroDivisionError: division by zero');
    await expect(error).not.toContainText('lab_');
  });

  test('Stop ends a `while True: pass` at once', async ({ page, site }) => {
    await page.goto(pythonUrl(site.url, lines('print("spinning")', 'while True:', '    pass')));
    const pg = playground(page);
    await pg.run.click();
    await expect(pg.console).toContainText('spinning', { timeout: FIRST_RUN_MS });
    await pg.stop.click();
    await expect(pg.status).toHaveAttribute('data-state', 'stopped', { timeout: 2_000 });
  });

  test('a lesson page requests no Python file, even once its engine is warm and a Run is hovered', async ({
    page,
    site,
  }) => {
    const python: string[] = [];
    page.on('request', (request) => {
      if (/\/(pyodide-|python-worker)[^/]*$/.test(new URL(request.url()).pathname)) python.push(request.url());
    });
    await page.goto(site.url('en/lessons/event-loop/'));
    const pg = playground(page, 'sequential-vs-concurrent');
    await pg.run.hover(); // intent to run TypeScript, which must not bring Python along
    await pg.run.click();
    await pg.finished('done');
    expect(python).toEqual([]);
  });
});
