// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { lazyMonacoCss } from './scripts/vite-lazy-monaco-css.mjs';

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
  integrations: [mdx()],
  markdown: {
    // Both themes are emitted as CSS variables; global.css picks one from data-theme.
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  vite: {
    plugins: [lazyMonacoCss()],
    // Classic (iife) workers: the run's runtime is loaded into a classic Blob worker, and Chromium
    // refuses module blob workers inside a sandboxed frame.
    worker: { format: 'iife' },
  },
});
