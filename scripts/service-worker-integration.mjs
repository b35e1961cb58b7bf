// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './dist-files.mjs';
import { servedSize } from './precompress.mjs';

const TEMPLATE = fileURLToPath(new URL('../src/offline/service-worker.js', import.meta.url));
const MANIFEST_LINE = /^const MANIFEST = .*$/m;
export const SERVICE_WORKER_FILE = 'sw.js';
/** Written into pages by OfflineControl.astro, replaced by the bytes the whole course adds. */
export const OFFLINE_BYTES_PLACEHOLDER = '__ASYNC_LAB_OFFLINE_BYTES__';

// Host configuration files (Netlify, Cloudflare Pages) that sit in the output but are never fetched.
const HOST_FILES = new Set(['_headers', '_redirects']);

/** A built asset a page loads by itself: `src`/`href` of a script, stylesheet, preload or font. */
const PAGE_ASSET = /(?:src|href)="[^"]*?\/(_astro\/[^"?#]+)"/g;
/** A static import between built chunks, minified or not: `import{a}from"./x.js"`, `export*from"./x.js"`. */
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g;

/**
 * The URL a built file is fetched under, relative to the base path: pages under the URL readers use
 * (`en/lessons/x/`, not `.../index.html`).
 * @param {string} file
 */
const urlOf = (file) => (file === 'index.html' ? './' : file.replace(/(^|\/)index\.html$/, '$1'));

/**
 * Which built files are fetched at all, by the service worker or the pages. Left out: sw.js itself,
 * precompressed twins (.gz/.br: the server picks those), source maps, dotfiles, host files.
 * @param {string[]} files paths relative to the output directory
 */
export function servedFiles(files) {
  return files
    .filter((file) => file !== SERVICE_WORKER_FILE && !HOST_FILES.has(file))
    .filter((file) => !/\.(gz|br|zst|map)$/.test(file) && !/(^|\/)\./.test(file));
}

/**
 * Pages a first visit does not precache: each exercise (~19 KB compressed, and useless offline
 * without the compiler its Check needs) and the assignment page (~100 KB: every exercise's code for
 * the builder). They are cached when opened, or with the whole course. Every lesson still is in the
 * shell; with them in it, six new lessons and exercises took a first visit from 1.47 to 1.75 MB.
 */
const ON_DEMAND_PAGE = /^[^/]+\/(?:exercises\/[^/]+|assign)\/index\.html$/;

/**
 * Splits the served files into the shell, which a first visit precaches so that every lesson reads
 * offline (pages, and the CSS, fonts and scripts they load by themselves, with the chunks those
 * import statically), and the rest (the editor, the compiler, Python, the search index, the pages of
 * ON_DEMAND_PAGE and what only they load), which is cached when first used or when the reader asks
 * for the whole course. Reading a page's files instead of naming the heavy ones means a new lazy
 * chunk cannot slip into the first visit.
 * @param {string[]} files served files, relative to the output directory
 * @param {(file: string) => string} read a text file's content
 */
export function splitShell(files, read) {
  const available = new Set(files);
  const shell = new Set(
    files.filter((file) => !file.startsWith('_astro/') && !file.startsWith('pagefind/') && !ON_DEMAND_PAGE.test(file)),
  );
  const pending = [];
  for (const page of files.filter((file) => file.endsWith('.html') && shell.has(file))) {
    for (const [, asset] of read(page).matchAll(PAGE_ASSET)) pending.push(/** @type {string} */ (asset));
  }
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (shell.has(file) || !available.has(file)) continue;
    shell.add(file);
    if (!file.endsWith('.js')) continue;
    for (const [, next] of read(file).matchAll(STATIC_IMPORT)) pending.push(`_astro/${next}`);
  }
  return { shell: files.filter((file) => shell.has(file)), rest: files.filter((file) => !shell.has(file)) };
}

/**
 * @typedef {{
 *   version: string,
 *   shell: string[],
 *   rest: [url: string, bytes: number][],
 * }} Manifest
 */

/**
 * The service worker's source for one build: the template with the URL lists and a version that
 * hashes every served file's path and bytes, so any change to the site gives a new sw.js.
 * @param {string} root the output directory
 * @param {string} template the text of src/offline/service-worker.js
 * @param {(path: string) => Promise<number>} [sizeOf] bytes a host sends for a file (compressed)
 */
export async function serviceWorkerSource(root, template, sizeOf = servedSize) {
  const files = servedFiles(listFiles(root));
  const { shell, rest } = splitShell(files, (file) => readFileSync(join(root, file), 'utf8'));
  /** @type {Manifest['rest']} */
  const restEntries = [];
  for (const file of rest) restEntries.push([urlOf(file), await sizeOf(join(root, file))]);
  const restBytes = restEntries.reduce((total, [, bytes]) => total + bytes, 0);
  // The offline control says how much the whole course adds (src/components/OfflineControl.astro):
  // pages only, so this is done before anything hashes or compresses them.
  for (const page of shell.filter((file) => file.endsWith('.html'))) {
    const html = readFileSync(join(root, page), 'utf8');
    if (html.includes(OFFLINE_BYTES_PLACEHOLDER)) {
      writeFileSync(join(root, page), html.replaceAll(OFFLINE_BYTES_PLACEHOLDER, String(restBytes)));
    }
  }
  const version = createHash('sha256');
  for (const file of files)
    version
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  let shellBytes = 0;
  for (const file of shell) shellBytes += await sizeOf(join(root, file));
  /** @type {Manifest} */
  const manifest = { version: version.digest('hex').slice(0, 16), shell: shell.map(urlOf), rest: restEntries };
  if (!MANIFEST_LINE.test(template)) throw new Error(`${TEMPLATE} lost its "const MANIFEST = …" line`);
  const source = template.replace(MANIFEST_LINE, () => `const MANIFEST = ${JSON.stringify(manifest)};`);
  return { manifest, shellBytes, restBytes, source };
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
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { manifest, shellBytes, restBytes, source } = await serviceWorkerSource(
          root,
          readFileSync(TEMPLATE, 'utf8'),
        );
        writeFileSync(join(root, SERVICE_WORKER_FILE), source);
        const mb = (/** @type {number} */ n) => (n / 1e6).toFixed(2);
        logger.info(
          `${SERVICE_WORKER_FILE}: version ${manifest.version}; a first visit precaches ${manifest.shell.length} files ` +
            `(${mb(shellBytes)} MB compressed), the whole course adds ${manifest.rest.length} (${mb(restBytes)} MB)`,
        );
      },
    },
  };
}
