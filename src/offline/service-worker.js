// @ts-check
/*
 * The site's service worker. A first visit precaches the shell: every page with its CSS, fonts and
 * the scripts pages load by themselves (~1 MB compressed), so every lesson reads offline after one
 * visit. Everything else (Monaco, esbuild-wasm, Python, the search index) is cached when first
 * used, and all of it at once when the reader asks for the whole course (src/offline/
 * offline-course.ts downloads it, page-side, into this worker's cache, and leaves a marker entry).
 * scripts/service-worker-integration.mjs turns this file into <outDir>/sw.js after each build,
 * replacing the MANIFEST line with the file lists and a hash of their contents, so every deploy that
 * changes a file changes sw.js and the browser installs the new version.
 *
 * Paths are relative to the registration's scope (the site's base path), so the same file works
 * at / and under any sub-path. Caches are named after the scope too: two copies of the site on one
 * origin never delete each other's caches.
 */

/**
 * shell: precached on install; rest: [url, bytes as served] of every other file.
 * @type {{ version: string, shell: string[], rest: [string, number][] }}
 */
const MANIFEST = { version: 'dev', shell: [], rest: [] }; // replaced at build time

/** Marks the offline control's own downloads (offline-course.ts): not stored twice. */
const OFFLINE_DOWNLOAD_HEADER = 'x-async-lab-offline';

/** Where the page records that the reader asked for the whole course (offline-course.ts). */
const FULL_MARKER = '__offline__/whole-course';

/** @typedef {Event & { waitUntil(promise: Promise<unknown>): void }} ExtendableEvent */
/** @typedef {ExtendableEvent & { request: Request, respondWith(response: Promise<Response>): void }} FetchEvent */
/** @typedef {ExtendableEvent & { data: unknown, ports: readonly MessagePort[] }} MessageEventLike */
/**
 * The parts of ServiceWorkerGlobalScope used here (the project's type-check uses the DOM library).
 * @typedef {{
 *   registration: { scope: string },
 *   skipWaiting(): Promise<void>,
 *   clients: { claim(): Promise<void> },
 *   addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void,
 *   addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void,
 *   addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void,
 * }} WorkerScope
 */
const sw = /** @type {WorkerScope} */ (/** @type {unknown} */ (self));

const scope = new URL(sw.registration.scope);
const CACHE_PREFIX = `async-lab:${scope.pathname}:`;
const CACHE = `${CACHE_PREFIX}${MANIFEST.version}`;
// Built assets have content hashes in their names: a cached copy is right forever.
const HASHED = `${scope.pathname}_astro/`;

/** @param {string} path */
const absolute = (path) => new URL(path, scope).href;

/**
 * A response fit to be cached and replayed: browsers refuse to answer a navigation with a response
 * that was itself redirected, so a redirect's final body is stored as a plain response.
 * @param {Response} response
 */
async function storable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * Downloads at a time. Browsers open about six connections per server over HTTP/1.1; a precache
 * that took them all would make the reader's own requests (a Run, the editor) wait behind it.
 */
const PRECACHE_CONCURRENCY = 3;

/**
 * Fills this version's cache: the shell, plus the rest if the reader had asked for the whole course
 * in an earlier version (so an update keeps the course offline). A file that failed to download
 * fails the install, and the previous version, whole, stays in charge until the next try.
 */
async function precache() {
  const cache = await caches.open(CACHE);
  const previous = (await caches.keys()).filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE);
  let whole = false;
  for (const name of previous) whole ||= (await caches.match(absolute(FULL_MARKER), { cacheName: name })) !== undefined;
  /** @param {string} path */
  const store = async (path) => {
    const url = absolute(path);
    if (path.startsWith('_astro/')) {
      // An update re-downloads only what changed: a hashed asset already cached is copied over.
      for (const name of previous) {
        const hit = await caches.match(url, { cacheName: name });
        if (hit) return cache.put(url, hit);
      }
    }
    // A hashed asset the page already fetched (esbuild.wasm, say) comes from the HTTP cache as is;
    // anything else is revalidated, so a page is never precached stale.
    const response = await fetch(url, { cache: path.startsWith('_astro/') ? 'default' : 'no-cache' });
    if (!response.ok) throw new Error(`Precaching ${url} failed: HTTP ${response.status}`);
    return cache.put(url, await storable(response));
  };
  const queue = [...MANIFEST.shell, ...(whole ? MANIFEST.rest.map(([path]) => path) : [])];
  const downloader = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) await store(path);
  };
  await Promise.all(Array.from({ length: PRECACHE_CONCURRENCY }, downloader));
  if (whole) await cache.put(absolute(FULL_MARKER), new Response(JSON.stringify({ version: MANIFEST.version })));
}

sw.addEventListener('install', (event) => event.waitUntil(precache()));

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const stale = (await caches.keys()).filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE);
      await Promise.all(stale.map((key) => caches.delete(key)));
      // Take over pages opened before this worker existed, so they too work if the network drops.
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('message', (event) => {
  const data = /** @type {{ type?: unknown } | null} */ (event.data);
  // The page asks for this when the reader presses "Reload" in the new-version prompt.
  if (data?.type === 'skip-waiting') event.waitUntil(sw.skipWaiting());
  // The offline control asks what the whole course is, in this version (offline-course.ts).
  if (data?.type === 'offline-manifest') {
    event.ports[0]?.postMessage({
      type: 'offline-manifest',
      cache: CACHE,
      marker: absolute(FULL_MARKER),
      files: MANIFEST.rest.map(([path, bytes]) => ({ url: absolute(path), bytes })),
    });
  }
});

/** Every file of this version, by absolute URL: only those are put in the cache at run time. */
const KNOWN = new Set([...MANIFEST.shell, ...MANIFEST.rest.map(([path]) => path)].map((path) => absolute(path)));

/**
 * Stores a copy of a good response to a file of the site, without delaying the response. A full
 * disk (QuotaExceededError) only means the file is not kept; the reader still gets it.
 * @param {Request} request
 * @param {Response} response
 */
function keep(request, response) {
  // The offline control stores what it downloads itself, and must hear about a full disk.
  if (request.headers.has(OFFLINE_DOWNLOAD_HEADER)) return;
  if (!response.ok || response.type !== 'basic' || !KNOWN.has(new URL(request.url).href)) return;
  const copy = response.clone();
  void caches
    .open(CACHE)
    .then(async (cache) => cache.put(request.url, await storable(copy)))
    .catch(() => undefined);
}

/**
 * Built assets: names carry a content hash, so a cached copy is right forever. Cached when first
 * used: the editor, the compiler and Python, for example, once the reader has used them.
 * @param {Request} request
 */
async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  keep(request, response);
  return response;
}

/**
 * Pages and unhashed files (favicon, search index): the network when it answers, so an online reader
 * always gets the newest page (and the cache a fresh copy); the cached copy when it does not.
 * @param {Request} request
 */
async function networkFirst(request) {
  try {
    const response = await fetch(request);
    keep(request, response);
    return response;
  } catch (error) {
    const options = { cacheName: CACHE, ignoreSearch: true };
    const path = new URL(request.url).pathname;
    // Pages are cached under their canonical URL, with the trailing slash.
    const cached =
      (await caches.match(request, options)) ??
      (path.endsWith('/') ? undefined : await caches.match(`${path}/`, options));
    if (cached) return cached;
    if (request.mode !== 'navigate') throw error;
    // An unknown page while offline: the site's own 404 page, with the status a server would send.
    const notFound = await caches.match(absolute('404.html'), { cacheName: CACHE });
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Other origins (learner code's real fetches) and other sites on this origin are not ours.
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  event.respondWith(url.pathname.startsWith(HASHED) ? cacheFirst(request) : networkFirst(request));
});
