// @ts-check
// Whether dist/ is still what the sources would build, so `npm start` can skip a build that would
// change nothing. Every build writes <outDir>/.build-stamp (an Astro integration, so `npm run build`
// counts too) holding a hash of its inputs, taken when the build started: a file edited during the
// build makes the next `npm start` build again. Dotfiles are neither served nor precached.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STAMP_FILE = '.build-stamp';

/**
 * What a build reads, relative to the project root: sources, lessons, static files, configuration,
 * and the installed packages (npm rewrites node_modules/.package-lock.json on every install, so an
 * upgraded Pyodide or Astro counts). The build's own integrations in scripts/ are added by
 * following astro.config.mjs's imports (configImports), so editing the server or the bench does not.
 */
export const BUILD_INPUTS = [
  'src',
  'content',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
];

/** @param {string} root @param {string} path @param {import('node:crypto').Hash} hash */
function hashPath(root, path, hash) {
  const absolute = join(root, path);
  if (!existsSync(absolute)) {
    hash.update(`${path}\0missing\0`);
    return;
  }
  if (statSync(absolute).isDirectory()) {
    for (const entry of readdirSync(absolute).sort()) hashPath(root, `${path}/${entry}`, hash);
    return;
  }
  hash.update(`${path}\0`).update(readFileSync(absolute)).update('\0');
}

/**
 * The project files astro.config.mjs imports, directly or through each other (relative imports only).
 * @param {string} root
 */
export function configImports(root) {
  const seen = new Set();
  /** @param {string} file relative to root, with forward slashes */
  const visit = (file) => {
    const absolute = join(root, file);
    if (seen.has(file) || !existsSync(absolute)) return;
    seen.add(file);
    const source = readFileSync(absolute, 'utf8');
    for (const [, specifier] of source.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)) {
      visit(posix.normalize(posix.join(posix.dirname(file), /** @type {string} */ (specifier))));
    }
  };
  visit('astro.config.mjs');
  seen.delete('astro.config.mjs');
  return [...seen].sort();
}

/**
 * A hash of the build's inputs and of the settings that change its output (BASE_PATH). Contents,
 * not modification times: switching branches and back does not force a build.
 * @param {string} root the project root
 * @param {NodeJS.ProcessEnv} env
 */
export function buildFingerprint(root, env = process.env) {
  const hash = createHash('sha256');
  hash.update(`BASE_PATH=${env['BASE_PATH'] ?? ''}\0`);
  for (const path of [...BUILD_INPUTS, ...configImports(root)]) hashPath(root, path, hash);
  return hash.digest('hex');
}

/**
 * True when `outDir` holds a complete build of exactly these inputs.
 * @param {string} root @param {string} outDir @param {NodeJS.ProcessEnv} [env]
 */
export function isBuildCurrent(root, outDir, env = process.env) {
  const stamp = join(outDir, STAMP_FILE);
  if (!existsSync(stamp) || !existsSync(join(outDir, 'index.html'))) return false;
  return readFileSync(stamp, 'utf8').trim() === buildFingerprint(root, env);
}

/**
 * Writes the stamp once every other integration has finished: list it last.
 * @returns {import('astro').AstroIntegration}
 */
export function buildStampIntegration() {
  /** @type {import('astro').AstroConfig | undefined} */
  let config;
  /** @type {string | undefined} */
  let fingerprint;
  return {
    name: 'async-lab:build-stamp',
    hooks: {
      'astro:config:done': (options) => {
        config = options.config;
      },
      'astro:build:start': () => {
        if (!config) return;
        // A build that stops half-way must not leave an earlier build's stamp behind.
        rmSync(join(fileURLToPath(config.outDir), STAMP_FILE), { force: true });
        fingerprint = buildFingerprint(fileURLToPath(config.root));
      },
      'astro:build:done': ({ dir }) => {
        if (fingerprint) writeFileSync(join(fileURLToPath(dir), STAMP_FILE), `${fingerprint}\n`);
      },
    },
  };
}
