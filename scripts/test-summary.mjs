// The closing line of `npm test` (and so of CI): "N passed, N failed, N skipped".
//
// It totals the tests of both runners from their JSON reports and adds every step that failed and is
// not a test runner (types, lint, format, the builds, the bench smoke run, a missing browser), so the
// line can never read "0 failed" while the run exits non-zero. A runner whose report is missing never
// finished: that counts as one failure, so a broken build cannot look like a green run with fewer
// tests. Skipped tests are counted and named, so a skip is seen, not just tolerated. Failed tests are
// named last, each with the first lines of its error: CI keeps only the tail of the output, and a
// failure that says only its title cannot be told from a flake.

/**
 * @typedef {{ name: string, ok: boolean, runner?: 'unit' | 'e2e' }} StepResult
 * @typedef {{ passed: number, failed: number, skipped: number, notes: string[], failures: string[] }} Summary
 */

/** Terminal colours, which Playwright puts in its messages. */
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * The first lines of an error message that say something, short enough to read in a CI log.
 * @param {unknown} message
 */
export function errorGist(message) {
  const lines = String(message ?? '')
    .replace(ANSI, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at ') && !/^Call log:$/.test(line));
  const gist = lines.slice(0, 4).join(' ⏎ ');
  return gist.length > 400 ? `${gist.slice(0, 399)}…` : gist;
}

/**
 * @param {any} unit Vitest's JSON report, or null when it is missing
 * @param {Summary} into
 */
function addUnit(unit, into) {
  into.passed += unit.numPassedTests ?? 0;
  into.failed += unit.numFailedTests ?? 0;
  for (const file of unit.testResults ?? []) {
    const results = file.assertionResults ?? [];
    // A file that failed to load has no failed assertion of its own: count it once.
    if (file.status === 'failed' && !results.some((/** @type {any} */ r) => r.status === 'failed')) {
      into.failed += 1;
      into.notes.push(`unit: ${file.name} failed to run: ${String(file.message ?? '').split('\n')[0]}`);
    }
    for (const result of results) {
      if (result.status === 'failed')
        into.failures.push(
          `failed (unit): ${result.fullName ?? result.title} — ${errorGist(result.failureMessages?.[0])}`,
        );
      if (['skipped', 'pending', 'todo'].includes(result.status)) {
        into.skipped += 1;
        into.notes.push(`skipped (unit): ${result.fullName ?? result.title}`);
      }
    }
  }
}

/**
 * @param {any} suite a Playwright JSON suite
 * @returns {any[]} its specs and those of its nested suites
 */
function specsOf(suite) {
  return [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specsOf)];
}

/**
 * @param {any} e2e Playwright's JSON report
 * @param {Summary} into
 */
function addE2e(e2e, into) {
  into.passed += (e2e.stats?.expected ?? 0) + (e2e.stats?.flaky ?? 0);
  into.failed += (e2e.stats?.unexpected ?? 0) + (e2e.errors ?? []).length;
  into.skipped += e2e.stats?.skipped ?? 0;
  for (const error of e2e.errors ?? []) into.failures.push(`failed (e2e): ${errorGist(error.message)}`);
  for (const spec of (e2e.suites ?? []).flatMap(specsOf))
    for (const test of spec.tests ?? []) {
      if (test.status === 'unexpected') {
        const errors = (test.results ?? []).flatMap((/** @type {any} */ r) => r.errors ?? (r.error ? [r.error] : []));
        into.failures.push(
          `failed (e2e): [${test.projectName}] ${spec.file}:${spec.line} ${spec.title} — ${errorGist(errors[0]?.message) || 'no error message'}`,
        );
      }
      if (test.status === 'skipped') {
        const reason =
          (test.annotations ?? []).find((/** @type {any} */ a) => a.type === 'skip' || a.type === 'fixme')
            ?.description ?? (test.results?.length ? 'skipped' : 'did not run');
        into.notes.push(`skipped (e2e): [${test.projectName}] ${spec.file}:${spec.line} ${spec.title} — ${reason}`);
      }
    }
}

/**
 * @param {StepResult[]} steps every step npm test ran or meant to run, in order
 * @param {{ unit: any, e2e: any }} reports the runners' JSON reports (null when missing)
 * @returns {Summary}
 */
export function summarize(steps, reports) {
  /** @type {Summary} */
  const summary = { passed: 0, failed: 0, skipped: 0, notes: [], failures: [] };
  for (const step of steps) {
    if (step.runner) {
      const report = reports[step.runner];
      const before = summary.failed;
      if (report) (step.runner === 'unit' ? addUnit : addE2e)(report, summary);
      else summary.notes.push(`${step.name}: no report (its tests did not run)`);
      // No report, or a runner that exits non-zero while every test it reports is green (a crash in
      // global teardown, a config error): one failure, so the line agrees with the exit code.
      if (!step.ok && summary.failed === before) {
        summary.failed += 1;
        if (report) summary.notes.push(`${step.name}: exited with an error although no test failed`);
      } else if (!report) summary.failed += 1;
    } else if (!step.ok) {
      summary.failed += 1;
      summary.notes.push(`${step.name}: failed`);
    }
  }
  return summary;
}

/** @param {Summary} summary */
export function closingLine(summary) {
  return `${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`;
}
