import { expect, test } from '@playwright/test';
import { SUB_BASE } from './support/site';

/**
 * Crawls the site built for a sub-path (scripts/build-sub.mjs) from its root and checks every
 * internal href and src on every page, the way a host like GitHub Pages would serve it.
 */
// The links and assets are in the served markup; without scripts each page is read in a moment
// instead of also starting its engine (an esbuild.wasm download and start per page).
test.use({ javaScriptEnabled: false });

test('a sub-path build has no broken internal link or asset', async ({ page, request }) => {
  test.setTimeout(120_000);
  const root = process.env['E2E_SUB_URL'];
  if (!root) throw new Error('dist-sub/ was not built: run npm run build:sub');
  const origin = new URL(root).origin;
  const queue = [new URL(root).href];
  const seenPages = new Set<string>();
  const checked = new Map<string, number>();
  const broken: string[] = [];

  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (seenPages.has(url)) continue;
    seenPages.add(url);
    const response = await page.goto(url);
    if (!response || response.status() >= 400) {
      broken.push(`${url} → ${response?.status()}`);
      continue;
    }
    const refs = await page.evaluate(() =>
      [...document.querySelectorAll('[href], [src]')].map((el) => ({
        tag: el.tagName.toLowerCase(),
        url: (el as HTMLAnchorElement).href || (el as HTMLImageElement).src,
        raw: el.getAttribute('href') ?? el.getAttribute('src') ?? '',
      })),
    );
    for (const ref of refs) {
      if (!ref.url || ref.raw.startsWith('#')) continue;
      const target = new URL(ref.url);
      if (target.origin !== origin) continue;
      target.hash = '';
      if (!target.pathname.startsWith(SUB_BASE)) {
        broken.push(`${url}: <${ref.tag}> ${ref.raw} escapes ${SUB_BASE}`);
        continue;
      }
      if (!checked.has(target.href)) {
        const status = (await request.get(target.href)).status();
        checked.set(target.href, status);
        if (status >= 400) broken.push(`${url}: <${ref.tag}> ${ref.raw} → ${status}`);
      }
      if (ref.tag === 'a' && target.pathname.endsWith('/')) queue.push(target.href);
    }
  }

  expect(broken).toEqual([]);
  // The crawl reached both locales' outlines and lessons, not just the landing page.
  expect([...seenPages].some((u) => u.endsWith(`${SUB_BASE}en/lessons/event-loop/`))).toBe(true);
  expect([...seenPages].some((u) => u.endsWith(`${SUB_BASE}zh-cn/lessons/event-loop/`))).toBe(true);
});
