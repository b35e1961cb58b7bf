import { existsSync } from 'node:fs';
import { serveSite } from '../../scripts/serve.mjs';
import { SUB_BASE } from './site';

/**
 * Serves the two builds on free ports for the whole run: dist/ at / and dist-sub/ under SUB_BASE.
 * Workers read the URLs from the environment, which Playwright passes on from global setup.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const root = await serveSite({ dir: 'dist' });
  process.env['E2E_URL'] = root.url;
  const closers = [root.close];
  if (existsSync('dist-sub/index.html')) {
    const sub = await serveSite({ dir: 'dist-sub', base: SUB_BASE });
    process.env['E2E_SUB_URL'] = sub.url;
    closers.push(sub.close);
  }
  return async () => {
    await Promise.all(closers.map((close) => close()));
  };
}
