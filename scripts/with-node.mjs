#!/usr/bin/env node
// Runs a command with a Node new enough for Astro 7 (>= 22.12).
//
// Many machines (this project's CI among them) ship an older Node. Rather than ask every reader to
// install one, we fetch Node 24 from the npm registry — the `node` package ships the binary — cache
// it in .cache/node (git-ignored), and put it first on PATH for the command. Nothing is downloaded
// from anywhere but the npm registry. This file must itself run on old Node, so it uses only APIs
// that Node 16+ has.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REQUIRED = [22, 12];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, '.cache', 'node');
const cachedBinDir = join(cacheDir, 'node_modules', 'node', 'bin');

/** @param {string} version e.g. "v20.20.2" */
function isNewEnough(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > REQUIRED[0] || (major === REQUIRED[0] && minor >= REQUIRED[1]);
}

function cachedNodeVersion() {
  const bin = join(cachedBinDir, process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(bin)) return null;
  const out = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return out.status === 0 ? out.stdout.trim() : null;
}

function installCachedNode() {
  process.stderr.write(`async-lab: fetching Node 24 from the npm registry into ${cacheDir} …\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    ['install', '--prefix', cacheDir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', 'node@24'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) {
    process.stderr.write(
      'async-lab: could not install Node 24 from the npm registry. Install Node >= 22.12 yourself and retry.\n',
    );
    process.exit(1);
  }
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node scripts/with-node.mjs <command> [args…]\n');
  process.exit(2);
}

const pathParts = [join(root, 'node_modules', '.bin')];
if (!isNewEnough(process.version)) {
  let version = cachedNodeVersion();
  if (!version || !isNewEnough(version)) {
    installCachedNode();
    version = cachedNodeVersion();
  }
  if (!version || !isNewEnough(version)) {
    process.stderr.write('async-lab: the cached Node in .cache/node does not run here; delete it and retry.\n');
    process.exit(1);
  }
  pathParts.unshift(cachedBinDir);
  process.stderr.write(
    `async-lab: Node ${process.version} is older than 22.12; using Node ${version} from .cache/node\n`,
  );
}

const env = { ...process.env, PATH: [...pathParts, process.env.PATH ?? ''].join(delimiter) };
const child = spawn(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
child.on('error', (error) => {
  process.stderr.write(`async-lab: could not start ${command}: ${error.message}\n`);
  process.exit(1);
});
