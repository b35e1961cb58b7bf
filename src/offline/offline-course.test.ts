import { describe, expect, it, vi } from 'vitest';
import {
  downloadWholeCourse,
  isWholeCourseStored,
  OFFLINE_DOWNLOAD_HEADER,
  OfflineDownloadError,
  parseManifest,
  removeWholeCourse,
  type OfflineManifest,
  type Progress,
} from './offline-course';

/** A CacheStorage with one cache, keyed by URL; `putFails` makes put throw for one URL. */
function fakeCaches(options: { putFails?: { url: string; error: Error } } = {}) {
  const entries = new Map<string, Response>();
  const cache = {
    match: vi.fn(async (url: string) => entries.get(url)),
    put: vi.fn(async (url: string, response: Response) => {
      if (options.putFails?.url === url) throw options.putFails.error;
      entries.set(url, response);
    }),
    delete: vi.fn(async (url: string) => entries.delete(url)),
  };
  const caches = { open: vi.fn(async () => cache as unknown as Cache) };
  return { caches, entries };
}

const manifest: OfflineManifest = {
  cache: 'async-lab:/:v1',
  marker: 'http://x/__offline__/whole-course',
  files: [
    { url: 'http://x/_astro/esbuild.wasm', bytes: 3_000 },
    { url: 'http://x/_astro/editor.js', bytes: 2_000 },
    { url: 'http://x/pagefind/a.pf', bytes: 500 },
  ],
};

const okFetch = vi.fn(async (url: RequestInfo | URL, _init?: RequestInit) => new Response(`body of ${String(url)}`));

describe('downloadWholeCourse', () => {
  it('stores every file with progress, marks the course complete, and marks its requests', async () => {
    const { caches, entries } = fakeCaches();
    const progress: Progress[] = [];
    await downloadWholeCourse({ caches, manifest, fetch: okFetch, onProgress: (p) => progress.push(p) });
    expect([...entries.keys()].sort()).toEqual([...manifest.files.map((f) => f.url), manifest.marker].sort());
    expect(progress[0]).toEqual({ doneBytes: 0, totalBytes: 5_500 });
    expect(progress.at(-1)).toEqual({ doneBytes: 5_500, totalBytes: 5_500 });
    expect(okFetch.mock.calls[0]?.[1]?.headers).toEqual({ [OFFLINE_DOWNLOAD_HEADER]: '1' });
    expect(await isWholeCourseStored({ caches, manifest })).toBe(true);
  });

  it('when the network fails midway, says so, keeps what it stored, and a retry fetches only the rest', async () => {
    const { caches, entries } = fakeCaches();
    const flaky = vi.fn(async (url: RequestInfo | URL) => {
      if (String(url).endsWith('editor.js')) throw new TypeError('Failed to fetch');
      return new Response('ok');
    });
    const error = await downloadWholeCourse({ caches, manifest, fetch: flaky, onProgress: () => {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OfflineDownloadError);
    expect((error as OfflineDownloadError).kind).toBe('network');
    expect(entries.has('http://x/_astro/esbuild.wasm')).toBe(true);
    expect(entries.has(manifest.marker)).toBe(false);
    expect(await isWholeCourseStored({ caches, manifest })).toBe(false);

    const retry = vi.fn(async (_url: RequestInfo | URL) => new Response('ok'));
    await downloadWholeCourse({ caches, manifest, fetch: retry, onProgress: () => {} });
    expect(retry.mock.calls.map(([url]) => String(url))).not.toContain('http://x/_astro/esbuild.wasm');
    expect(await isWholeCourseStored({ caches, manifest })).toBe(true);
  });

  it('treats an HTTP error as a network failure', async () => {
    const { caches } = fakeCaches();
    const notFound = vi.fn(async () => new Response('', { status: 404 }));
    await expect(
      downloadWholeCourse({ caches, manifest, fetch: notFound, onProgress: () => {} }),
    ).rejects.toMatchObject({ kind: 'network' });
  });

  it('when storage is full, says so and keeps what fitted', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const { caches, entries } = fakeCaches({ putFails: { url: 'http://x/_astro/editor.js', error: quota } });
    const error = (await downloadWholeCourse({ caches, manifest, fetch: okFetch, onProgress: () => {} }).catch(
      (e: unknown) => e,
    )) as OfflineDownloadError;
    expect(error.kind).toBe('storage');
    expect(error.progress.doneBytes).toBeGreaterThanOrEqual(0);
    expect(entries.has('http://x/_astro/esbuild.wasm')).toBe(true);
    expect(entries.has(manifest.marker)).toBe(false);
  });
});

describe('removeWholeCourse', () => {
  it('removes the marker and every downloaded file, nothing else', async () => {
    const { caches, entries } = fakeCaches();
    entries.set('http://x/en/lessons/event-loop/', new Response('page'));
    await downloadWholeCourse({ caches, manifest, fetch: okFetch, onProgress: () => {} });
    await removeWholeCourse({ caches, manifest });
    expect([...entries.keys()]).toEqual(['http://x/en/lessons/event-loop/']);
  });
});

describe('parseManifest', () => {
  it('accepts the service worker answer and rejects anything else', () => {
    expect(parseManifest(manifest)).toEqual(manifest);
    expect(parseManifest(null)).toBeUndefined();
    expect(parseManifest({ ...manifest, files: [{ url: 1 }] })).toBeUndefined();
    expect(parseManifest({ cache: 'x' })).toBeUndefined();
  });
});
