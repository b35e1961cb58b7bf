// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './csp.mjs';
import { listFiles } from './dist-files.mjs';

/** BaseLayout renders this as the meta tag's content; the build replaces it with the real policy. */
export const CSP_PLACEHOLDER = '__ASYNC_LAB_CSP__';

/** The sandbox frame's script. sandbox-relay.ts inlines this same file verbatim into the srcdoc. */
const RELAY_PROGRAM = fileURLToPath(new URL('../src/engine/runner/sandbox-relay-program.js', import.meta.url));

// Script types a browser runs (and so a policy governs); JSON data blocks and the like are inert.
const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'text/javascript',
  'application/javascript',
]);

/** @param {string} text */
export function sha256Source(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The hashes of a page's inline scripts: whatever Astro inlined, the is:inline theme script, and any
 * script added later, so a new inline script is allowed without anyone copying a hash by hand.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  /** @type {string[]} */
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (EXECUTABLE_TYPES.has(type)) hashes.push(sha256Source(match[2] ?? ''));
  }
  return hashes;
}

/**
 * Fills the Content-Security-Policy meta tag of every built page. Astro's own `security.csp` was
 * not used: it always puts style hashes in style-src, which makes browsers ignore 'unsafe-inline',
 * and Monaco's run-time <style> elements would be blocked; nor does it know the srcdoc relay.
 * Register it before any integration that compresses or indexes the HTML: it rewrites the pages.
 * @returns {import('astro').AstroIntegration}
 */
export function cspIntegration() {
  return {
    name: 'async-lab:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const relayHash = sha256Source(readFileSync(RELAY_PROGRAM, 'utf8'));
        const missing = [];
        let pages = 0;
        for (const file of listFiles(root).filter((path) => path.endsWith('.html'))) {
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          if (!html.includes(CSP_PLACEHOLDER)) {
            missing.push(file);
            continue;
          }
          const policy = contentSecurityPolicy({ scriptHashes: [relayHash, ...inlineScriptHashes(html)] });
          writeFileSync(
            path,
            html.replace(CSP_PLACEHOLDER, () => policy),
          );
          pages += 1;
        }
        if (missing.length > 0) {
          logger.warn(
            `no Content-Security-Policy placeholder (page not built with BaseLayout?): ${missing.join(', ')}`,
          );
        }
        logger.info(`Content-Security-Policy set in ${pages} pages`);
      },
    },
  };
}
