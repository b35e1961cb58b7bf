// Prints "N passed, N failed" over the unit (vitest) and e2e (Playwright) JSON reports.
// A report that is missing means its runner never finished: that counts as one failure, so a
// broken build can never look like a green run with fewer tests.
import { existsSync, readFileSync } from 'node:fs';

/** @param {string} path */
function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let passed = 0;
let failed = 0;

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numFailedTestSuites ?? 0);
} else {
  console.error('test-summary: reports/unit.json is missing (unit tests did not run)');
  failed += 1;
}

const e2e = read('reports/e2e.json');
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
  if ((e2e.errors ?? []).length > 0) failed += e2e.errors.length;
} else {
  console.error('test-summary: reports/e2e.json is missing (e2e tests did not run)');
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
