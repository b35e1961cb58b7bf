import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable, sharedProcessArgs } from './e2e/support/chromium';

/** Specs about the sandbox's limits and isolation run with the desktop process model too. */
const ISOLATED_SPECS =
  /(page-start|playground-run|playground-safety|runner-limits|python-playground|python-hostile|csp|conformance)\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/support/global-setup.ts',
  // Two cores: one worker per core keeps timing assertions honest.
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    // Traces record every frame and cost a quarter of the suite's time on two cores; turn them on
    // for a failing test with `npm run test:e2e -- --trace on`. A screenshot is kept for each failure.
    trace: 'off',
    screenshot: 'only-on-failure',
    // Each test has a fresh context, where the service worker would precache the whole course
    // (28 MB) in the middle of the test. The specs about offline use and hosting allow it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'site',
      grepInvert: /@cpu-heavy/,
      testIgnore: ISOLATED_SPECS,
      use: { launchOptions: { executablePath: chromiumExecutable(), args: [...chromiumArgs, ...sharedProcessArgs] } },
    },
    { name: 'isolated', grepInvert: /@cpu-heavy/, testMatch: ISOLATED_SPECS },
    // Examples that keep every core busy run last and one at a time, so they neither starve the
    // timing bands of other tests nor each other's. (Playwright skips them if another project has a failure.)
    { name: 'cpu-heavy', grep: /@cpu-heavy/, dependencies: ['site', 'isolated'], workers: 1 },
  ],
});
