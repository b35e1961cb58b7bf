import { test as base } from '@playwright/test';

/** The base path of the sub-path build (scripts/build-sub.mjs). */
export const SUB_BASE = '/async-lab/';

interface Site {
  /** An absolute URL for a path inside the site built at /. */
  url(path?: string): string;
}

export const test = base.extend<{ site: Site }>({
  // Playwright reads a fixture's dependencies from its destructured first parameter; this one has none.
  site: async ({}, use) => {
    const root = process.env['E2E_URL'];
    if (!root) throw new Error('E2E_URL is not set: global setup did not run.');
    await use({ url: (path = '') => new URL(path.replace(/^\//, ''), root).href });
  },
});

export { expect } from '@playwright/test';
