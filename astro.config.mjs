// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { precompress } from './scripts/precompress.mjs';
import { lazyMonacoCss } from './scripts/vite-lazy-monaco-css.mjs';
import { monacoPreload } from './scripts/vite-monaco-preload.mjs';
import { chunkSizeWarning, quietOnwarn } from './scripts/vite-quiet-build.mjs';
import { buildStampIntegration } from './scripts/build-stamp.mjs';
import { pagefindIntegration } from './scripts/pagefind-integration.mjs';
import { cspIntegration } from './scripts/csp-integration.mjs';
import { serviceWorkerIntegration } from './scripts/service-worker-integration.mjs';
import { pyodideIntegration } from './scripts/pyodide-assets.mjs';
import { prebuiltBundlesIntegration } from './scripts/prebuilt-bundles.mjs';

/**
 * The site can be hosted under any path: `BASE_PATH=/async-lab/ npm run build`.
 * Astro wants a leading slash; we add the trailing one so links join without doubled slashes.
 * @param {string | undefined} raw
 */
function basePath(raw) {
  const value = (raw ?? '/').trim() || '/';
  if (!value.startsWith('/') || /[?#\s]/.test(value)) {
    throw new Error(`BASE_PATH must be a path such as /async-lab/, got ${JSON.stringify(raw)}`);
  }
  return value.endsWith('/') ? value : `${value}/`;
}

export default defineConfig({
  output: 'static',
  base: basePath(process.env['BASE_PATH']),
  // Build-time only: lets the e2e suite keep a sub-path build beside the normal one.
  outDir: process.env['OUT_DIR'] ?? './dist',
  trailingSlash: 'always',
  // Pagefind runs over the written HTML (see scripts/pagefind-integration.mjs); precompress runs
  // after it, so the search index gets .gz/.br files too (see scripts/precompress.mjs).
  // The CSP one rewrites the pages and the service worker lists (and hashes) every file, search
  // index included, so both run before precompress (scripts/csp-integration.mjs, service-worker-…).
  // pyodideIntegration prepares Pyodide's files (and the .pyc stdlib) before Vite starts.
  // prebuiltBundlesIntegration copies the playgrounds' build-time bundles into the output before the
  // service worker lists the files and precompress compresses them (scripts/prebuilt-bundles.mjs).
  integrations: [
    pyodideIntegration(),
    mdx(),
    prebuiltBundlesIntegration(),
    cspIntegration(),
    pagefindIntegration(),
    serviceWorkerIntegration(),
    precompress(),
    // Last: records what was built from, so `npm start` can skip an unneeded build.
    buildStampIntegration(),
  ],
  markdown: {
    // Both themes are emitted as CSS variables; global.css picks one from data-theme. The -default
    // GitHub themes: every token colour meets WCAG AA (4.5:1); github-light/-dark have 3.0–3.5:1 ones.
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false },
  },
  vite: {
    plugins: [lazyMonacoCss(), monacoPreload(), chunkSizeWarning()],
    // Known-harmless warnings are silenced at their source (scripts/vite-quiet-build.mjs); Vite's own
    // chunk-size check is replaced by one that exempts the chunks that are lazy by design.
    build: { chunkSizeWarningLimit: 100_000, rolldownOptions: { onwarn: quietOnwarn } },
    // Classic (iife) workers: the run's runtime is loaded into a classic Blob worker, and Chromium
    // refuses module blob workers inside a sandboxed frame.
    worker: { format: 'iife' },
  },
});
