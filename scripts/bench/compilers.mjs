// @ts-check
// Measurement 4: esbuild-wasm build time per lesson example, beside TypeScript's transpileModule
// (how the TypeScript Playground compiles) in the same browser. Neither compiler is added to the
// product for this: the bench server serves them, and the site's own bundle options, from
// /__bench/ routes on a page of their own.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);

/** @param {string} dir @returns {string[]} */
function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every example a lesson shows, by its path under content/examples/. */
export function lessonExamples(root = 'content/examples') {
  return tsFiles(root)
    .sort()
    .map((path) => ({ name: relative(root, path), code: readFileSync(path, 'utf8') }));
}

/**
 * Product modules as the browser gets them, compiled from their source (with esbuild-wasm in Node,
 * one session for both): src/engine/bundler/bundle.ts, so the bench builds exactly as the bundler
 * worker does, and quick-bundle.ts, the page's quick path (Sucrase and acorn; the bench builds lone main.ts files).
 * @returns {Promise<{ bundle: string, quick: string }>}
 */
async function productModules() {
  const esbuild = await import('esbuild-wasm');
  /** @param {string} entry */
  const build = async (entry) => {
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]?.text ?? '';
  };
  try {
    return {
      bundle: await build('src/engine/bundler/bundle.ts'),
      quick: await build('src/engine/bundler/quick-bundle.ts'),
    };
  } finally {
    await esbuild.stop();
  }
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>compilers</title>
<script src="/__bench/typescript.js"></script>
<script type="module">
import * as esbuild from '/__bench/esbuild.js';
import { bundleFiles } from '/__bench/bundle.js';
import { quickBundle } from '/__bench/quick.js';
window.benchCompilers = async (examples, iterations) => {
  const ts = window.ts;
  const options = { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, inlineSourceMap: true, inlineSources: true }, fileName: 'main.ts' };
  const now = () => performance.now();
  let t = now();
  await esbuild.initialize({ wasmURL: '/__bench/esbuild.wasm', worker: false });
  const initMs = now() - t;
  t = now();
  await bundleFiles(esbuild, { 'main.ts': examples[0].code }, now);
  const firstBuildMs = now() - t;
  t = now();
  ts.transpileModule(examples[0].code, options);
  const firstTranspileMs = now() - t;
  t = now();
  quickBundle({ 'main.ts': examples[0].code }, now);
  const firstQuickMs = now() - t;
  const rows = [];
  for (const { name, code } of examples) {
    const esbuildMs = [], tsMs = [], quickMs = [];
    for (let i = 0; i < iterations; i++) {
      const built = await bundleFiles(esbuild, { 'main.ts': code }, now);
      if (!built.ok) throw new Error(name + ': ' + JSON.stringify(built.diagnostics));
      esbuildMs.push(built.buildMs);
      const t0 = now();
      ts.transpileModule(code, options);
      tsMs.push(now() - t0);
      const quick = quickBundle({ 'main.ts': code }, now);
      if (quick) quickMs.push(quick.buildMs);
    }
    rows.push({ name, esbuildMs, tsMs, quickMs });
  }
  return { initMs, firstBuildMs, firstTranspileMs, firstQuickMs, rows };
};
window.benchReady = true;
</script>`;

/** The /__bench/ routes the compilers page needs (see server.mjs). */
export function compilerRoutes() {
  const esbuildDir = join(require.resolve('esbuild-wasm/package.json'), '..');
  const file = (/** @type {string} */ path, /** @type {string} */ type) => () => ({ type, body: readFileSync(path) });
  return {
    'compilers.html': () => ({ type: 'text/html; charset=utf-8', body: PAGE }),
    'esbuild.js': file(join(esbuildDir, 'esm/browser.min.js'), 'text/javascript'),
    'esbuild.wasm': file(join(esbuildDir, 'esbuild.wasm'), 'application/wasm'),
    'typescript.js': file(require.resolve('typescript/lib/typescript.js'), 'text/javascript'),
  };
}

/**
 * Runs measurement 4 in a new page of `context`.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url the bench server's root
 * @param {number} iterations builds per example
 */
export async function measureCompilers(context, url, iterations) {
  const page = await context.newPage();
  const modules = await productModules();
  for (const [name, body] of Object.entries(modules)) {
    await page.route(`**/__bench/${name}.js`, (route) => route.fulfill({ contentType: 'text/javascript', body }));
  }
  await page.goto(`${url}__bench/compilers.html`);
  await page.waitForFunction(() => 'benchReady' in window, undefined, { timeout: 60_000 });
  const examples = lessonExamples();
  const result = await page.evaluate(
    ([examples, iterations]) => /** @type {any} */ (window).benchCompilers(examples, iterations),
    /** @type {const} */ ([examples, iterations]),
  );
  await page.close();
  /** @type {{ name: string, esbuildMs: number[], tsMs: number[], quickMs: number[] }[]} */
  const rows = result.rows;
  const perExample = rows.map((r) => ({
    name: r.name,
    esbuildMs: median(r.esbuildMs),
    transpileMs: median(r.tsMs),
    // null where the quick path leaves the example to esbuild
    quickMs: r.quickMs.length > 0 ? median(r.quickMs) : null,
  }));
  const quick = perExample.flatMap((r) => (r.quickMs === null ? [] : [r.quickMs]));
  return {
    examples: perExample.length,
    esbuildInitMs: result.initMs,
    esbuildFirstBuildMs: result.firstBuildMs,
    transpileFirstMs: result.firstTranspileMs,
    esbuildMedianMs: median(perExample.map((r) => r.esbuildMs)),
    transpileMedianMs: median(perExample.map((r) => r.transpileMs)),
    quickFirstMs: result.firstQuickMs,
    quickMedianMs: median(quick),
    quickExamples: quick.length,
    perExample,
  };
}
