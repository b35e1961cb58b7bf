// `npm test`: everything, in the order a failure is cheapest to find.
// First what the machine must provide (a Chromium; nginx if it can be had), so a machine without a
// browser stops in seconds with the command to run. Then type check (astro check covers .astro and
// .ts), lint and format, unit tests, the two builds, e2e against the built sites, and the bench's
// smoke run. Later steps still run after an earlier failure where they can, so one run shows every
// problem. It ends with one line, "N passed, N failed, N skipped" (scripts/test-summary.mjs), and a
// non-zero exit code if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chromiumExecutable } from '../e2e/support/chromium.ts';
import { ensureChromium, ensureNginx } from './system-deps.mjs';
import { closingLine, summarize } from './test-summary.mjs';

/** @type {{ name: string, cmd: string[], needs?: string[], runner?: 'unit' | 'e2e' }[]} */
const steps = [
  { name: 'types', cmd: ['astro', 'check', '--minimumSeverity', 'warning'] },
  { name: 'lint', cmd: ['eslint', '.'] },
  { name: 'format', cmd: ['prettier', '--check', '.'] },
  { name: 'unit', cmd: ['vitest', 'run'], runner: 'unit' },
  { name: 'build', cmd: ['astro', 'build'] },
  { name: 'build:sub', cmd: ['node', 'scripts/build-sub.mjs'] },
  { name: 'e2e', cmd: ['playwright', 'test'], needs: ['build', 'build:sub'], runner: 'e2e' },
  // The benchmark's quick form: every measurement still yields a number, and the budgets that are
  // not timings (bytes, requests) hold. Timings on a shared machine are noisy; `npm run bench`
  // judges those.
  { name: 'bench:smoke', cmd: ['node', 'scripts/bench.mjs', '--smoke'], needs: ['build'] },
];

/** @param {string} path */
function readReport(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** @param {import('./test-summary.mjs').StepResult[]} results */
function finish(results) {
  const summary = summarize(results, { unit: readReport('reports/unit.json'), e2e: readReport('reports/e2e.json') });
  if (summary.notes.length > 0) console.log(`\n${summary.notes.join('\n')}`);
  if (summary.failures.length > 0) console.log(`\n${summary.failures.join('\n')}`);
  const failedSteps = results.filter((r) => !r.ok).map((r) => r.name);
  console.log(
    failedSteps.length > 0 ? `\nnpm test: failed steps: ${failedSteps.join(', ')}` : '\nnpm test: all steps passed',
  );
  console.log(closingLine(summary));
  process.exit(failedSteps.length > 0 || summary.failed > 0 ? 1 : 0);
}

// Stale reports from an earlier run must not be counted.
rmSync('reports', { recursive: true, force: true });

const missingBrowser = ensureChromium(chromiumExecutable);
if (missingBrowser) {
  console.error(`\n✗ ${missingBrowser}`);
  finish([{ name: 'browser', ok: false }]);
}
ensureNginx();

/** @type {import('./test-summary.mjs').StepResult[]} */
const results = [];
const failed = new Set();
for (const step of steps) {
  if (step.needs?.some((n) => failed.has(n))) {
    console.error(`\n✗ ${step.name}: not run, because ${step.needs.filter((n) => failed.has(n)).join(', ')} failed`);
    failed.add(step.name);
    results.push({ name: step.name, ok: false, runner: step.runner });
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  if (ok) console.log(`✓ ${step.name} (${seconds} s)`);
  else {
    console.error(`✗ ${step.name} failed (${seconds} s)`);
    failed.add(step.name);
  }
  results.push({ name: step.name, ok, runner: step.runner });
}
finish(results);
