/**
 * Build time: the bundle of a TypeScript playground's files as written (a lesson example, an
 * exercise starter), made with the very esbuild-wasm and bundleFiles() the page's compiler worker
 * uses, so the page can run unedited code without downloading or starting a compiler (issue 17 §1).
 *
 * PlaygroundShell.astro calls prebuiltBundle() while it renders and puts the URL in data-prebuilt.
 * The bundle is written to .cache/prebuilt/ under a content-hashed name; scripts/prebuilt-bundles.mjs
 * copies the ones the pages name into the output (and the dev server serves them from the cache).
 * The name hashes the files with everything that shapes a bundle (esbuild's version and the bundler's
 * own source), so an unchanged example is not rebuilt, and a changed compiler never reuses an old one.
 */
import * as esbuild from 'esbuild-wasm';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleFiles } from '../engine/bundler/bundle';
import { bundleKey, type SourceFiles } from '../engine/bundler/bundle-types';

/** Where bundles wait between builds, and where the dev server serves them from. */
export const PREBUILT_CACHE_DIR = '.cache/prebuilt';
/** Where they are served, under the base path. Hashed names: cached for good like the rest of _astro/. */
export const PREBUILT_URL_DIR = '_astro/prebuilt/';

/** What a prebuilt file holds: the files' key (checked by the page before use) and the build's result. */
export interface PrebuiltFile {
  key: string;
  ok: boolean;
  code?: string;
  diagnostics?: unknown[];
}

const BUNDLER_SOURCES = ['bundle.ts', 'bundle-types.ts', 'virtual-fs.ts', 'module-syntax.ts'];
let toolchain: string | undefined;

/** esbuild's version and the bundler's source: a change to either changes every bundle's name. */
function toolchainHash(root: string): string {
  if (toolchain) return toolchain;
  const hash = createHash('sha256').update(esbuild.version);
  for (const file of BUNDLER_SOURCES) hash.update(readFileSync(join(root, 'src/engine/bundler', file)));
  toolchain = hash.digest('hex');
  return toolchain;
}

/** The file name of `files`' bundle. */
export function prebuiltName(files: SourceFiles, root = process.cwd()): string {
  const hash = createHash('sha256').update(toolchainHash(root)).update(bundleKey(files)).digest('hex');
  return `${hash.slice(0, 20)}.json`;
}

/**
 * Bundles `files` into the cache unless it is there already; returns its URL path under the base
 * (PREBUILT_URL_DIR + name). A build error is kept too: the page then shows it without a compiler.
 */
export async function prebuiltBundle(
  files: SourceFiles,
  root = process.cwd(),
  dir = resolve(root, PREBUILT_CACHE_DIR),
): Promise<string> {
  const name = prebuiltName(files, root);
  const path = join(dir, name);
  if (!existsSync(path)) {
    const result = await bundleFiles(esbuild, files, () => 0);
    const stored: PrebuiltFile = result.ok
      ? { key: bundleKey(files), ok: true, code: result.code }
      : { key: bundleKey(files), ok: false, diagnostics: result.diagnostics };
    mkdirSync(dir, { recursive: true });
    // Written whole or not at all: two builds at once (or one killed midway) leave no half file.
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(stored));
    renameSync(partial, path);
  }
  return `${PREBUILT_URL_DIR}${name}`;
}
