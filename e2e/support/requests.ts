import type { Page } from '@playwright/test';

/** Every path the page (its frames and workers too) requests from now on, in order. */
export function requestedPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}
