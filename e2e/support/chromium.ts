import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the e2e suite drives. Playwright cannot download its own browser on machines like
 * CI's, so we prefer an explicit CHROMIUM_PATH, then Debian's package, then Playwright's own build
 * (for anyone who ran `npx playwright install chromium`).
 */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when its browsers were never installed; fall through to the message.
  }
  throw new Error(
    'No Chromium for the e2e tests: install one with `apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH.',
  );
}

/**
 * Flags for a headless run on a locked-down machine: as root Chromium needs --no-sandbox, and with no
 * network the background services only produce refused connections.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Chromium's process model on most phones (Android keeps site isolation for a few sites only): the
 * sandbox frame shares its page's process. Each page then starts one process fewer, which took a
 * quarter off the suite on two cores. The specs in ISOLATED_SPECS (playwright.config.ts) keep the
 * desktop model, where the frame has a process of its own.
 */
export const sharedProcessArgs = [
  '--disable-features=IsolateOrigins,site-per-process',
  '--disable-site-isolation-trials',
];
