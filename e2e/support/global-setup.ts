import { existsSync } from 'node:fs';
import { serveSite } from '../../scripts/serve.mjs';
import { SUB_BASE } from './site';

/**
 * Serves the two builds on free ports for the whole run: dist/ (or $E2E_DIST) at / and dist-sub/ under
 * SUB_BASE.
 * Workers read the URLs from the environment, which Playwright passes on from global setup.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // E2E_DIST points the suite at another build of the site, so a change can be tested without
  // replacing the dist/ that others in the same checkout are testing.
  const root = await serveSite({ dir: process.env['E2E_DIST'] ?? 'dist' });
  process.env['E2E_URL'] = root.url;
  const closers = [root.close];
  const subDir = process.env['E2E_SUB_DIST'] ?? 'dist-sub'; // the same, for the sub-path build
  if (existsSync(`${subDir}/index.html`)) {
    const sub = await serveSite({ dir: subDir, base: SUB_BASE });
    process.env['E2E_SUB_URL'] = sub.url;
    closers.push(sub.close);
  }
  return async () => {
    await Promise.all(closers.map((close) => close()));
  };
}
