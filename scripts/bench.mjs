// @ts-check
// `npm run bench`: the performance benchmark, against the built site, in headless Chromium.
// It prints a table, writes reports/bench.json, and exits 1 when a budget in bench.budgets.json is
// broken. `--smoke` is the quick version `npm test` runs so the bench cannot rot: few iterations, no
// throttling, and it only checks that every measurement produced a number — timings on a shared
// machine are too noisy for a test to judge. docs/benchmarks.md explains each number.
//
//   node scripts/bench.mjs [--smoke] [--dir dist] [--out reports/bench.json]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../e2e/support/chromium.ts';
import { compilerRoutes, measureCompilers } from './bench/compilers.mjs';
import { builtLessons, measureFirstRun, measureLessonLoad } from './bench/lesson-load.mjs';
import { check, markdown, rows } from './bench/report.mjs';
import { measureGradebook } from './bench/gradebook.mjs';
import { measureOffline } from './bench/offline.mjs';
import { measurePython } from './bench/python.mjs';
import { measureFlood, measureMemory, measureTiming, measureWarmRuns } from './bench/runs.mjs';
import { serveBench } from './bench/server.mjs';

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    dir: { type: 'string', default: process.env['BENCH_DIR'] ?? 'dist' },
    out: { type: 'string' },
  },
});
const smoke = Boolean(args.smoke);
const dir = String(args.dir);
const out = args.out ?? (smoke ? 'reports/bench-smoke.json' : 'reports/bench.json');
/** @type {Record<string, import('./bench/report.mjs').Budget>} */
const budgets = JSON.parse(readFileSync('bench.budgets.json', 'utf8'));
delete budgets['$comment'];

const plan = smoke
  ? { warmSamples: 3, compileIterations: 1, timingRepeats: 1, floodLines: 10_000, submissions: 4 }
  : { warmSamples: 30, compileIterations: 9, timingRepeats: 3, floodLines: 100_000, submissions: 30 };

/** Far above what a step takes even on a loaded machine (the full compilers step: ~30 s). */
const STEP_LIMIT_S = smoke ? 60 : 240;

const lessons = builtLessons(dir);
// The lesson a new reader opens first, and the one with the most playgrounds (then the most text).
const first = lessons.find((l) => l.ids.length >= 2);
const longest = [...lessons].sort((a, b) => b.ids.length - a.ids.length || b.htmlBytes - a.htmlBytes)[0];
if (!first || !longest) throw new Error(`${dir}: no built lesson with two playgrounds`);

const loadAtStart = loadavg();
const server = await serveBench({ dir, routes: compilerRoutes() });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
const step = async (/** @type {string} */ name, /** @type {() => Promise<any>} */ fn) => {
  const started = Date.now();
  process.stdout.write(`  ${name} … `);
  // page.evaluate has no timeout of its own: a run that never prints would hang the bench.
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name}: no result after ${STEP_LIMIT_S} s`)), STEP_LIMIT_S * 1000);
  });
  const result = await Promise.race([fn(), limit]).finally(() => clearTimeout(timer));
  process.stdout.write(`${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
};

/** @type {Record<string, any>} */
const measurements = {};
try {
  console.log(`bench${smoke ? ' (smoke)' : ''}: ${dir}, lessons ${first.slug} and ${longest.slug}`);
  const firstId = /** @type {string} */ (first.ids[0]);
  measurements['lessonLoad'] = await step('1 lesson page, cold', () =>
    measureLessonLoad(browser, server, { slug: first.slug, dir }),
  );
  measurements['firstRunPrebuilt'] = await step('2 first Run, unedited, localhost', () =>
    measureFirstRun(browser, server, { slug: first.slug, id: firstId, throttle: false, edited: false }),
  );
  measurements['firstRunPrebuiltThrottled'] = smoke
    ? null
    : await step('2 first Run, unedited, 20 Mbit/s', () =>
        measureFirstRun(browser, server, { slug: first.slug, id: firstId, throttle: true, edited: false }),
      );
  measurements['firstRun'] = await step('2 first Run, edited, localhost', () =>
    measureFirstRun(browser, server, { slug: first.slug, id: firstId, throttle: false }),
  );
  measurements['firstRunThrottled'] = smoke
    ? null
    : await step('2 first Run, edited, 20 Mbit/s', () =>
        measureFirstRun(browser, server, { slug: first.slug, id: firstId, throttle: true }),
      );
  const context = await browser.newContext();
  measurements['warmRuns'] = await step('3 warm runs and floor', () =>
    measureWarmRuns(context, server.url, first, plan.warmSamples),
  );
  // A context of its own: the site's service worker, registered in `context`, would answer the
  // bench-only routes (and Playwright's routing does not see what a service worker answers).
  const bare = await browser.newContext({ serviceWorkers: 'block' });
  measurements['compilers'] = await step('4 compilers', () =>
    measureCompilers(bare, server.url, plan.compileIterations),
  );
  await bare.close();
  measurements['timing'] = await step('5 timing accuracy', () =>
    measureTiming(context, server.url, first, plan.timingRepeats),
  );
  measurements['flood'] = await step('6 console flood', () =>
    measureFlood(context, server.url, first, plan.floodLines),
  );
  measurements['memory'] = await step('7 memory', () => measureMemory(context, server.url, longest));
  await context.close();
  measurements['python'] = await step('8 Python', () => measurePython(browser, server, plan.warmSamples));
  measurements['offline'] = await step('9 first visit and offline', () => measureOffline(browser, server, first));
  measurements['gradebook'] = await step(`10 gradebook, ${plan.submissions} submissions`, () =>
    measureGradebook(browser, server, plan.submissions),
  );
} finally {
  await browser.close();
  await server.close();
}

const checked = check(rows(measurements), budgets);
const table = markdown(checked, budgets);
// The load average goes with the numbers: on a shared machine it explains most of their spread.
const load = (/** @type {number[]} */ l) => l.map((x) => x.toFixed(1)).join(' ');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${process.platform}, Chromium ${browser.version()}, Node ${process.version}, load average ${load(loadAtStart)} at start, ${load(loadavg())} at end`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), machine, smoke, budgets, measurements, table: checked }, null, 2)}\n`,
);
console.log(`\n${new Date().toISOString()} — ${machine}\n\n${table}\n\nwritten: ${out}`);

if (smoke) {
  // Throttling is skipped in the smoke run, so its rows are the only ones allowed to be empty.
  const missing = checked.filter(
    ({ row }) => (row.value === null || !Number.isFinite(row.value)) && !row.label.includes('Mbit'),
  );
  if (missing.length > 0) {
    console.error(`\nbench smoke: no number for: ${missing.map(({ row }) => row.label).join('; ')}`);
    process.exit(1);
  }
  // Bytes and requests are the same on any machine, so even the smoke run holds them to their budget.
  const broken = checked.filter((c) => c.status === 'FAIL' && c.row.budget && budgets[c.row.budget]?.exact);
  if (broken.length > 0) {
    console.error(
      `\nbench smoke: ${broken.length} budget(s) of bytes or requests broken: ${broken.map(({ row }) => row.label).join('; ')}`,
    );
    process.exit(1);
  }
  console.log(
    '\nbench smoke: every measurement produced a number, and the budgets of bytes and requests hold (timings are judged by `npm run bench`)',
  );
} else {
  const broken = checked.filter((c) => c.status === 'FAIL');
  if (broken.length > 0) {
    console.error(`\nbench: ${broken.length} budget(s) broken: ${broken.map(({ row }) => row.label).join('; ')}`);
    process.exit(1);
  }
  console.log('\nbench: all budgets kept');
}
