import { test as base, type BrowserContext, type Page } from '@playwright/test';

/** The base path of the sub-path build (scripts/build-sub.mjs). */
export const SUB_BASE = '/async-lab/';

interface Site {
  /** An absolute URL for a path inside the site built at /. */
  url(path?: string): string;
}

type TwinLanguage = 'python' | 'typescript';

export const test = base.extend<{ site: Site; twinLanguage: TwinLanguage | null }>({
  // Playwright reads a fixture's dependencies from its destructured first parameter; this one has none.
  site: async ({}, use) => {
    const root = process.env['E2E_URL'];
    if (!root) throw new Error('E2E_URL is not set: global setup did not run.');
    await use({ url: (path = '') => new URL(path.replace(/^\//, ''), root).href });
  },
  /**
   * Which tab of a <CodeTwins> pair shows first: most specs drive the TypeScript playgrounds, as a
   * reader who once chose TypeScript sees them. `null` leaves the site's default (Python), as
   * code-twins.spec.ts does; a tab the test clicks is remembered as for a reader.
   */
  twinLanguage: ['typescript', { option: true }],
  context: async ({ context, twinLanguage }, use) => {
    if (twinLanguage) await showTwin(context, twinLanguage);
    await use(context);
  },
});

/** Makes `target`'s pages show a <CodeTwins> pair's `language` tab first, unless a tab was clicked. */
export async function showTwin(target: BrowserContext | Page, language: TwinLanguage): Promise<void> {
  await target.addInitScript((chosen) => {
    try {
      if (!localStorage.getItem('async-lab:twin-language')) localStorage.setItem('async-lab:twin-language', chosen);
    } catch {
      // The sandbox frame has an opaque origin and no storage.
    }
  }, language);
}

export { expect } from '@playwright/test';
