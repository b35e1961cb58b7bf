// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './dist-files.mjs';

const TEMPLATE = fileURLToPath(new URL('../src/offline/service-worker.js', import.meta.url));
const MANIFEST_LINE = /^const MANIFEST = .*$/m;
export const SERVICE_WORKER_FILE = 'sw.js';

// Host configuration files (Netlify, Cloudflare Pages) that sit in the output but are never fetched.
const HOST_FILES = new Set(['_headers', '_redirects']);

/**
 * Python's files (Pyodide, its .pyc stdlib, the Python worker): ~6 MB compressed that most readers
 * never need. They are left out of the first-visit precache and cached when a Python run first
 * fetches them (scripts/pyodide-assets.mjs names them).
 * @param {string} file
 */
export const isLazyFile = (file) => /^_astro\/(pyodide-|python-worker)/.test(file);

/**
 * Which built files the service worker precaches, each with the URL it is fetched under, relative
 * to the base path: pages under the URL readers use (`en/lessons/x/`, not `.../index.html`). Left
 * out: sw.js itself, precompressed twins (.gz/.br: the server picks those), source maps, dotfiles.
 * @param {string[]} files paths relative to the output directory
 * @returns {{ file: string, url: string }[]}
 */
export function precacheEntries(files) {
  return files
    .filter((file) => file !== SERVICE_WORKER_FILE && !HOST_FILES.has(file) && !isLazyFile(file))
    .filter((file) => !/\.(gz|br|zst|map)$/.test(file) && !/(^|\/)\./.test(file))
    .map((file) => ({ file, url: file === 'index.html' ? './' : file.replace(/(^|\/)index\.html$/, '$1') }));
}

/**
 * The service worker's source for one build: the template with the URL list and a version that
 * hashes every listed file's path and bytes, so any change to the site gives a new sw.js.
 * @param {string} root the output directory
 * @param {string} template the text of src/offline/service-worker.js
 */
export function serviceWorkerSource(root, template) {
  const entries = precacheEntries(listFiles(root));
  const version = createHash('sha256');
  let bytes = 0;
  for (const { file } of entries) {
    const content = readFileSync(join(root, file));
    bytes += content.length;
    version.update(`${file}\0`).update(content).update('\0');
  }
  const lazy = listFiles(root).filter((file) => isLazyFile(file) && !/\.(gz|br|zst|map)$/.test(file));
  const manifest = { version: version.digest('hex').slice(0, 16), files: entries.map((entry) => entry.url), lazy };
  if (!MANIFEST_LINE.test(template)) throw new Error(`${TEMPLATE} lost its "const MANIFEST = …" line`);
  const source = template.replace(MANIFEST_LINE, () => `const MANIFEST = ${JSON.stringify(manifest)};`);
  return { manifest, bytes, source };
}

/**
 * Writes <outDir>/sw.js after the build. Register it after integrations that change the pages (the
 * CSP one) and before any that compress files, so the version hashes what is actually served.
 * @returns {import('astro').AstroIntegration}
 */
export function serviceWorkerIntegration() {
  return {
    name: 'async-lab:service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { manifest, bytes, source } = serviceWorkerSource(root, readFileSync(TEMPLATE, 'utf8'));
        writeFileSync(join(root, SERVICE_WORKER_FILE), source);
        logger.info(
          `${SERVICE_WORKER_FILE}: version ${manifest.version}, ${manifest.files.length} files, ${(bytes / 1e6).toFixed(1)} MB to precache`,
        );
      },
    },
  };
}
