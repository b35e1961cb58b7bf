// @ts-check
// Measurements 1 and 2: a lesson page before any interaction, and the first Run, from a cold cache.
// Each uses a new browser context, which starts with an empty HTTP cache (and no code cache).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { installProbe, timeRun } from './in-page.mjs';

/** What a reader must not download just by opening a lesson: the editor and the compiler. */
const HEAVY = /monaco|editor\.api|editor\.worker|ts\.worker|tsMode|codicon|\.wasm$/i;
/** Vite's content hash in a file name: `name.AbC123xy.js` or `name-AbC123xy.js`. */
const HASHED = /[.-][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
const HELLO = `console.log('hello, world');`;

/** @typedef {import('./server.mjs').RequestRecord} RequestRecord */
/** @typedef {{ url: string, log: RequestRecord[], resetLog(): void }} Server */

/** @param {RequestRecord[]} records */
const sum = (records) => records.reduce((total, r) => total + r.bytes, 0);

/** Resolves once `server` has had no new request and no unfinished one for `quietMs`. */
export async function networkQuiet(/** @type {Server} */ server, quietMs = 1_000, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let seen = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const pending = server.log.some((r) => r.status === 0);
    if (server.log.length !== seen || pending) {
      seen = server.log.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Measurement 1. Requests are split at the page's first idle period, when it may start warming up.
 * @param {import('@playwright/test').Browser} browser
 * @param {Server} server
 * @param {{ slug: string, dir: string }} lesson
 */
export async function measureLessonLoad(browser, server, { slug, dir }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(installProbe, {});
  server.resetLog();
  await page.goto(`${server.url}en/lessons/${slug}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => /** @type {any} */ (window).__bench?.idleAt !== null);
  const { idleWall, lcp, preloads } = await page.evaluate(() => {
    const probe = /** @type {any} */ (window).__bench;
    return {
      idleWall: performance.timeOrigin + probe.idleAt,
      lcp: probe.lcp,
      preloads: [
        ...document.querySelectorAll('link[rel="preload"], link[rel="modulepreload"], link[rel="prefetch"]'),
      ].map((link) => link.getAttribute('href') ?? ''),
    };
  });
  await networkQuiet(server);
  const log = [...server.log];
  await context.close();

  const before = log.filter((r) => r.at < idleWall);
  const after = log.filter((r) => r.at >= idleWall);
  const js = before.filter((r) => r.path.endsWith('.js'));
  // The budget counts gzip, which every host can serve; brotli is what the server sent here.
  const sizeAs = (/** @type {string} */ path, /** @type {string} */ ext) => {
    const file = join(dir, `${path}${ext}`);
    return existsSync(file) ? statSync(file).size : statSync(join(dir, path)).size;
  };
  return {
    slug,
    lcpMs: lcp,
    requestsBeforeIdle: before.length,
    totalBytesBeforeIdle: sum(before),
    jsBytesBeforeIdle: sum(js),
    jsEncodings: [...new Set(js.map((r) => r.encoding))],
    jsGzipBytesBeforeIdle: js.reduce((t, r) => t + sizeAs(r.path, '.gz'), 0),
    jsRawBytesBeforeIdle: js.reduce((t, r) => t + sizeAs(r.path, ''), 0),
    heavyBeforeIdle: before.filter((r) => HEAVY.test(r.path)).map((r) => r.path),
    // Python loads on intent only (a hover or focus of a Python Run), never by itself.
    pythonRequests: log.filter((r) => r.path.includes('/pyodide-')).map((r) => r.path),
    warmupBytesAfterIdle: sum(after),
    warmupRequestsAfterIdle: after.map((r) => `${r.path} ${r.bytes} B ${r.encoding}`),
    unhashedAssets: log
      .filter((r) => r.path.includes('.') && !r.path.endsWith('.html') && !HASHED.test(r.path))
      .map((r) => r.path),
    preloads,
  };
}

/**
 * Measurement 2: opens a lesson and clicks Run in its first playground as soon as it works. With
 * `edited`, the playground holds hello world, saved as the reader's edit: that Run needs the
 * compiler. Without, it runs the example as written, from its build-time bundle (issue 17 §1); its
 * time to start is the first line's arrival minus the line's own timestamp (the example may wait
 * before it prints). Under `throttle` the network is 20 Mbit/s both ways with a 40 ms RTT.
 * @param {import('@playwright/test').Browser} browser
 * @param {Server} server
 * @param {{ slug: string, id: string, throttle: boolean, edited?: boolean, inModuleTask?: boolean }} options
 */
export async function measureFirstRun(browser, server, { slug, id, throttle, edited = true, inModuleTask = false }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(installProbe, edited ? { [`async-lab:code:${slug}/${id}`]: HELLO } : {});
  const bitsPerSecond = 20e6;
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 40,
      downloadThroughput: bitsPerSecond / 8,
      uploadThroughput: bitsPerSecond / 8,
    });
  }
  server.resetLog();
  await page.goto(`${server.url}en/lessons/${slug}/`, { waitUntil: 'commit' });
  const run = await page.evaluate(timeRun, { id, clickWhenReady: true, inModuleTask });
  const longestFrameGapMs = await page.evaluate(() => /** @type {any} */ (window).__bench.longestFrameGap);
  const log = [...server.log];
  const text = await page.locator(`[data-playground="${id}"] [role="log"] [data-kind]`).first().textContent();
  await context.close();
  if (edited && !text?.includes('hello, world'))
    throw new Error(`first run printed ${JSON.stringify(text)}, not hello world`);
  if (run.state !== 'done') throw new Error(`first run ended in ${run.state}`);
  const compiler = log.filter((r) => /esbuild|bundler-worker/.test(r.path)).map((r) => r.path);
  if (!edited && compiler.length > 0) throw new Error(`an unedited first Run fetched the compiler: ${compiler}`);

  // What the first line needed: the page, its scripts and styles, then the engine (bundler worker,
  // esbuild.wasm, runtime). Not what else may be fetched meanwhile, such as a service worker
  // precaching the editor, which competes for the bandwidth but is no part of the Run.
  const pagePath = `/en/lessons/${slug}/`;
  /** @type {Map<string, number>} */
  const needed = new Map();
  for (const r of log) {
    const other =
      (HEAVY.test(r.path) && !r.path.endsWith('.wasm')) || r.path.endsWith('/sw.js') || r.path.includes('/pagefind/');
    if (!other && (r.path === pagePath || r.path.includes('.')))
      needed.set(r.path, Math.max(needed.get(r.path) ?? 0, r.bytes));
  }
  const bytes = [...needed.values()].reduce((a, b) => a + b, 0);
  const fromNavigationMs = run.clickedAt + run.firstLineMs;
  const downloadMs = ((bytes * 8) / bitsPerSecond) * 1000;
  return {
    throttled: throttle,
    clickAfterNavigationMs: run.clickedAt,
    clickToFirstLineMs: run.firstLineMs,
    clickToStartMs: run.firstLineMs - run.firstLineProgramMs,
    longestFrameGapMs,
    navigationToFirstLineMs: fromNavigationMs,
    bytesNeeded: bytes,
    bytesFetchedByThen: sum(log),
    pureDownloadMs: downloadMs,
    ratioToDownload: throttle ? fromNavigationMs / downloadMs : null,
  };
}

/** Lessons in course order, with their playground ids, from the built English pages. */
export function builtLessons(/** @type {string} */ dir) {
  const lessonsDir = join(dir, 'en', 'lessons');
  const contentDir = join('content', 'lessons', 'en');
  const slugs = existsSync(lessonsDir)
    ? readdirSync(lessonsDir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
    : [];
  return slugs
    .map((slug) => {
      const html = readFileSync(join(lessonsDir, slug, 'index.html'), 'utf8');
      // TypeScript playgrounds only: the bench's programs are TypeScript (Python is measurement 8).
      const ids = [...html.matchAll(/data-playground="([^"]+)"\s+data-language="typescript"/g)].map(
        (m) => /** @type {string} */ (m[1]),
      );
      const mdx = join(contentDir, `${slug}.mdx`);
      const order = existsSync(mdx) ? Number(/^order:\s*(\d+)/m.exec(readFileSync(mdx, 'utf8'))?.[1] ?? 999) : 999;
      return { slug, ids, order, htmlBytes: html.length };
    })
    .sort((a, b) => a.order - b.order);
}
