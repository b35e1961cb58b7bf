// @ts-check
// Puts the playgrounds' build-time bundles where the pages say they are (src/course/prebuilt-bundles.ts
// makes them while the pages render, into .cache/prebuilt/). After the build, every bundle a page
// names in data-prebuilt is copied into <outDir>/_astro/prebuilt/; a page that names one the cache
// lacks fails the build, because its first Run would quietly need the compiler after all. The dev
// server serves them straight from the cache.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './dist-files.mjs';

const CACHE_DIR = '.cache/prebuilt';
const URL_DIR = '_astro/prebuilt/';
/** data-prebuilt="<base>_astro/prebuilt/<hash>.json" in a built page. */
const NAMED = /data-prebuilt="[^"]*?\/_astro\/prebuilt\/([0-9a-f]{20}\.json)"/g;

/**
 * The bundle files the pages under `root` name.
 * @param {string} root the output directory
 * @returns {Set<string>}
 */
export function namedBundles(root) {
  const names = new Set();
  for (const page of listFiles(root).filter((file) => file.endsWith('.html'))) {
    for (const [, name] of readFileSync(join(root, page), 'utf8').matchAll(NAMED)) names.add(name);
  }
  return names;
}

/**
 * Copies the named bundles from `cache` into `root`/_astro/prebuilt/; returns how many, or throws
 * naming the ones missing.
 * @param {string} root @param {string} cache
 */
export function copyNamedBundles(root, cache) {
  const names = namedBundles(root);
  const missing = [...names].filter((name) => !existsSync(join(cache, name)));
  if (missing.length > 0) throw new Error(`pages name prebuilt bundles that were never made: ${missing.join(', ')}`);
  mkdirSync(join(root, URL_DIR), { recursive: true });
  for (const name of names) copyFileSync(join(cache, name), join(root, URL_DIR, name));
  return names.size;
}

/** @returns {import('astro').AstroIntegration} */
export function prebuiltBundlesIntegration() {
  /** @type {string} */
  let cache = CACHE_DIR;
  return {
    name: 'async-lab:prebuilt-bundles',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.root), CACHE_DIR);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const name = /\/_astro\/prebuilt\/([0-9a-f]{20}\.json)$/.exec(request.url?.split('?')[0] ?? '')?.[1];
          if (!name || !existsSync(join(cache, name))) return next();
          response.setHeader('Content-Type', 'application/json');
          response.end(readFileSync(join(cache, name)));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const count = copyNamedBundles(fileURLToPath(dir), cache);
        logger.info(`${count} prebuilt bundles: unedited TypeScript runs without the compiler`);
      },
    },
  };
}
