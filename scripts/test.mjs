// `npm test`: everything, in the order a failure is cheapest to find.
// Type check (astro check covers .astro and .ts), lint and format, unit tests, the two builds, then
// e2e against the built sites. Later steps still run after an earlier failure where they can, so
// one run shows every problem; the exit code is non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

/** @type {{ name: string, cmd: string[], env?: Record<string, string>, needs?: string[] }[]} */
const steps = [
  { name: 'types', cmd: ['astro', 'check', '--minimumSeverity', 'warning'] },
  { name: 'lint', cmd: ['eslint', '.'] },
  { name: 'format', cmd: ['prettier', '--check', '.'] },
  { name: 'unit', cmd: ['vitest', 'run'] },
  { name: 'build', cmd: ['astro', 'build'] },
  { name: 'build:sub', cmd: ['node', 'scripts/build-sub.mjs'] },
  { name: 'e2e', cmd: ['playwright', 'test'], needs: ['build', 'build:sub'] },
  // The benchmark's quick form: it checks that every measurement still yields a number, not the
  // budgets (timings on a shared machine are noisy; `npm run bench` judges those).
  { name: 'bench:smoke', cmd: ['node', 'scripts/bench.mjs', '--smoke'], needs: ['build'] },
];

// Stale reports from an earlier run must not be counted by .ci/run's summary.
rmSync('reports', { recursive: true, force: true });

const failed = new Set();
for (const step of steps) {
  if (step.needs?.some((n) => failed.has(n))) {
    console.error(`\n✗ ${step.name}: skipped, because ${step.needs.filter((n) => failed.has(n)).join(', ')} failed`);
    failed.add(step.name);
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) console.log(`✓ ${step.name} (${seconds} s)`);
  else {
    console.error(`✗ ${step.name} failed (${seconds} s)`);
    failed.add(step.name);
  }
}
if (failed.size > 0) {
  console.error(`\nnpm test: failed steps: ${[...failed].join(', ')}`);
  process.exit(1);
}
console.log('\nnpm test: all steps passed');
