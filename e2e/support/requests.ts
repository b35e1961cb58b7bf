import type { Page } from '@playwright/test';

/** Every path the page (its frames and workers too) requests from now on, in order. */
export function requestedPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** esbuild-wasm and its worker: 3 MB that the page's quick path spares a reader. */
export const ESBUILD = /\/_astro\/(esbuild\.[^/]*\.wasm|bundler-worker-[^/]*\.js)$/;

/** The paths of esbuild-wasm and its worker the page requests from now on. */
export function esbuildRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (ESBUILD.test(path)) paths.push(path);
  });
  return paths;
}
