// @ts-check
// An Astro integration that writes `.gz` and `.br` files beside every compressible file of the
// build, so a static host that can serve precompressed files (nginx gzip_static/brotli_static,
// Caddy precompressed, sirv's gzip/brotli options, Netlify and most CDNs) sends them without
// compressing on each request — and with better ratios than on-the-fly compression uses.
// Only node:zlib: no new dependency for something Node does well.
//
// Compressing is most of a build's time (~30 s on two busy cores, most of it esbuild.wasm and
// Pyodide, which never change), so results are kept in .cache/precompress/, named by a hash of the
// file's bytes and the settings: a file whose bytes were compressed before is copied, not redone.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Text and wasm compress well; images, fonts in woff2 and archives are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.wasm',
  '.txt',
  '.xml',
  '.map',
  '.ttf',
  // Zips are usually compressed already, but the Python stdlib's is stored uncompressed on purpose
  // (scripts/pyodide-assets.mjs): brotli over the whole archive beats deflate per file.
  '.zip',
]);
/** Below this a compressed copy saves less than a TCP packet. */
const MIN_BYTES = 1_024;
/**
 * Brotli's best quality costs ~70 s on the 14 MB esbuild.wasm here, for 13 % fewer bytes than
 * quality 9 (3.4 s); files over 256 KB get quality 9 so a build stays quick, the rest get 11.
 */
const MAX_BYTES_AT_BEST_QUALITY = 256_000;

/** Where compressed copies are kept between builds (git-ignored, like all of .cache/). */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../.cache/precompress/', import.meta.url));
/** Cached copies no build has used for this long are deleted. */
const CACHE_MAX_AGE_MS = 14 * 24 * 3600 * 1000;
/** Bumped whenever the compression settings below change, so older results are not reused. */
const SETTINGS_VERSION = 'v1';

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** @param {string} path @returns {Promise<number | undefined>} */
async function sizeOf(path) {
  return stat(path).then(
    (s) => s.size,
    () => undefined,
  );
}

/**
 * Compresses one file; a copy is written only if it is smaller, so a server never prefers a
 * larger file. Returns the bytes written per encoding and whether the cache had them.
 * @param {string} path
 * @param {string | null} [cacheDir] where to keep and find earlier results; null: no cache
 */
export async function compressFile(path, cacheDir = null) {
  const source = await readFile(path);
  if (cacheDir === null) return { ...(await compressFresh(path, source)), cached: false };
  const key = createHash('sha256').update(SETTINGS_VERSION).update(extname(path)).update(source).digest('hex');
  const cached = join(cacheDir, key);
  // `<key>.done` marks a complete entry; a missing .gz/.br beside it means "not smaller".
  const done = await sizeOf(`${cached}.done`);
  if (done !== undefined) {
    const written = { raw: source.length, gzip: 0, brotli: 0, cached: true };
    const now = new Date();
    await utimes(`${cached}.done`, now, now);
    for (const [ext, field] of /** @type {const} */ ([
      ['gz', 'gzip'],
      ['br', 'brotli'],
    ])) {
      const size = await sizeOf(`${cached}.${ext}`);
      if (size === undefined) continue;
      await copyFile(`${cached}.${ext}`, `${path}.${ext}`);
      written[field] = size;
    }
    return written;
  }
  const written = await compressFresh(path, source);
  await mkdir(cacheDir, { recursive: true });
  // Two builds may run at once (npm test builds / and the sub-path site in parallel): each entry is
  // written under a name of its own, then renamed, so no one ever copies a half-written file.
  const tmp = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  if (written.gzip) await copyFile(`${path}.gz`, `${tmp}.gz`).then(() => rename(`${tmp}.gz`, `${cached}.gz`));
  if (written.brotli) await copyFile(`${path}.br`, `${tmp}.br`).then(() => rename(`${tmp}.br`, `${cached}.br`));
  await writeFile(`${cached}.done`, '');
  return { ...written, cached: false };
}

/**
 * The bytes a host that serves the precompressed twins sends for `path` (brotli when it is smaller,
 * else the file itself), compressing it now if need be. Goes through the cache, so the
 * precompression after it finds the work done.
 * @param {string} path
 * @param {string | null} [cacheDir]
 */
export async function servedSize(path, cacheDir = DEFAULT_CACHE_DIR) {
  const { size } = await stat(path);
  if (!COMPRESSIBLE.has(extname(path)) || size < MIN_BYTES) return size;
  const written = await compressFile(path, cacheDir);
  return written.brotli || size;
}

/**
 * Deletes cached copies that no build has used for two weeks.
 * @param {string} cacheDir
 */
async function pruneCache(cacheDir) {
  const names = await readdir(cacheDir).catch(() => /** @type {string[]} */ ([]));
  const cutoff = Date.now() - CACHE_MAX_AGE_MS;
  for (const name of names.filter((n) => n.endsWith('.done'))) {
    const key = name.slice(0, -'.done'.length);
    const { mtimeMs } = await stat(join(cacheDir, name));
    if (mtimeMs >= cutoff) continue;
    await Promise.all(['done', 'gz', 'br'].map((ext) => rm(join(cacheDir, `${key}.${ext}`), { force: true })));
  }
}

/**
 * @param {string} path
 * @param {Buffer} source its bytes
 */
async function compressFresh(path, source) {
  const quality = source.length > MAX_BYTES_AT_BEST_QUALITY ? 9 : zlib.constants.BROTLI_MAX_QUALITY;
  const [gz, br] = await Promise.all([
    gzip(source, { level: zlib.constants.Z_BEST_COMPRESSION }),
    brotli(source, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        [zlib.constants.BROTLI_PARAM_MODE]:
          extname(path) === '.wasm' ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
        // A 16 MB window lets the large wasm and worker files find their far repeats.
        [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      },
    }),
  ]);
  const written = { raw: source.length, gzip: 0, brotli: 0 };
  if (gz.length < source.length) await writeFile(`${path}.gz`, gz).then(() => (written.gzip = gz.length));
  if (br.length < source.length) await writeFile(`${path}.br`, br).then(() => (written.brotli = br.length));
  return written;
}

/**
 * Precompresses every compressible file under `dir`, two at a time (zlib works on libuv's
 * thread pool; more in flight only holds more large buffers in memory).
 * @param {string} dir
 * @param {string | null} [cacheDir] see compressFile
 */
export async function precompressDir(dir, cacheDir = DEFAULT_CACHE_DIR) {
  /** @type {string[]} */
  const files = [];
  for await (const path of walk(dir)) {
    if (COMPRESSIBLE.has(extname(path)) && (await stat(path)).size >= MIN_BYTES) files.push(path);
  }
  // Largest first, so the long jobs overlap with the many small ones.
  const sizes = new Map(await Promise.all(files.map(async (f) => /** @type {const} */ ([f, (await stat(f)).size]))));
  files.sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
  const totals = { files: files.length, cached: 0, raw: 0, gzip: 0, brotli: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const path = files[next++];
      if (path === undefined) break;
      const written = await compressFile(path, cacheDir);
      if (written.cached) totals.cached++;
      totals.raw += written.raw;
      totals.gzip += written.gzip;
      totals.brotli += written.brotli;
    }
  };
  await Promise.all([worker(), worker()]);
  if (cacheDir !== null) await pruneCache(cacheDir);
  return totals;
}

/** @returns {import('astro').AstroIntegration} */
export function precompress() {
  return {
    name: 'async-lab-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const totals = await precompressDir(fileURLToPath(dir));
        const mb = (/** @type {number} */ n) => (n / 1e6).toFixed(1);
        logger.info(
          `${totals.files} files (${totals.cached} from .cache/precompress): ${mb(totals.raw)} MB → gzip ${mb(totals.gzip)} MB, brotli ${mb(totals.brotli)} MB ` +
            `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
        );
      },
    },
  };
}
