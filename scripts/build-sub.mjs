// Builds the site for a sub-path into dist-sub/, the way a GitHub Pages project site is hosted.
// The e2e suite serves it under that path and crawls every link and asset.
import { spawnSync } from 'node:child_process';

const base = process.env.SUB_BASE_PATH || '/async-lab/';
const result = spawnSync('astro', ['build'], {
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: base, OUT_DIR: './dist-sub' },
});
process.exit(result.status ?? 1);
