import { describe, expect, it } from 'vitest';
import { closingLine, summarize } from './test-summary.mjs';

const unitReport = (over: object = {}) => ({
  numPassedTests: 10,
  numFailedTests: 0,
  testResults: [{ name: 'a.test.ts', status: 'passed', assertionResults: [{ status: 'passed', fullName: 'a works' }] }],
  ...over,
});

const e2eReport = (stats: object, specs: object[] = []) => ({
  stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0, ...stats },
  errors: [],
  suites: [{ title: 'x.spec.ts', specs }],
});

const skippedSpec = (title: string, annotations: object[], results: object[]) => ({
  title,
  file: 'nginx.spec.ts',
  line: 3,
  tests: [{ status: 'skipped', projectName: 'site', annotations, results }],
});

describe('the closing line of npm test', () => {
  it('totals both runners and names what was skipped, with why', () => {
    const summary = summarize(
      [
        { name: 'types', ok: true },
        { name: 'unit', ok: true, runner: 'unit' },
        { name: 'e2e', ok: true, runner: 'e2e' },
      ],
      {
        unit: unitReport(),
        e2e: e2eReport({ expected: 5, flaky: 1, skipped: 2 }, [
          skippedSpec('config', [{ type: 'skip', description: 'nginx is not installed' }], [{ status: 'skipped' }]),
          skippedSpec('after a failure', [], []),
        ]),
      },
    );
    expect(closingLine(summary)).toBe('16 passed, 0 failed, 2 skipped');
    expect(summary.notes).toEqual([
      'skipped (e2e): [site] nginx.spec.ts:3 config — nginx is not installed',
      'skipped (e2e): [site] nginx.spec.ts:3 after a failure — did not run',
    ]);
  });

  it('counts every failed step that is not a test runner, so it never says 0 failed on a red run', () => {
    const summary = summarize(
      [
        { name: 'types', ok: false },
        { name: 'lint', ok: false },
        { name: 'unit', ok: true, runner: 'unit' },
        { name: 'bench:smoke', ok: false },
      ],
      { unit: unitReport(), e2e: null },
    );
    expect(closingLine(summary)).toBe('10 passed, 3 failed, 0 skipped');
  });

  it('counts a runner without a report as one failure, and one that failed with green tests as one', () => {
    const missing = summarize([{ name: 'e2e', ok: false, runner: 'e2e' }], { unit: null, e2e: null });
    expect(closingLine(missing)).toBe('0 passed, 1 failed, 0 skipped');
    const crashed = summarize([{ name: 'e2e', ok: false, runner: 'e2e' }], {
      unit: null,
      e2e: e2eReport({ expected: 4 }),
    });
    expect(closingLine(crashed)).toBe('4 passed, 1 failed, 0 skipped');
    const red = summarize([{ name: 'e2e', ok: false, runner: 'e2e' }], {
      unit: null,
      e2e: e2eReport({ expected: 4, unexpected: 2 }),
    });
    expect(closingLine(red)).toBe('4 passed, 2 failed, 0 skipped');
  });

  it('counts a unit file that failed to load once, and skipped unit tests by name', () => {
    const summary = summarize([{ name: 'unit', ok: false, runner: 'unit' }], {
      unit: unitReport({
        numPassedTests: 1,
        testResults: [
          { name: 'broken.test.ts', status: 'failed', message: 'SyntaxError: x\nmore', assertionResults: [] },
          { name: 'b.test.ts', status: 'passed', assertionResults: [{ status: 'skipped', fullName: 'b later' }] },
        ],
      }),
      e2e: null,
    });
    expect(closingLine(summary)).toBe('1 passed, 1 failed, 1 skipped');
    expect(summary.notes).toEqual(['unit: broken.test.ts failed to run: SyntaxError: x', 'skipped (unit): b later']);
  });

  it('names each failed test last, with the first lines of its error and no colours or stack', () => {
    const summary = summarize(
      [
        { name: 'unit', ok: false, runner: 'unit' },
        { name: 'e2e', ok: false, runner: 'e2e' },
      ],
      {
        unit: unitReport({
          numPassedTests: 0,
          numFailedTests: 1,
          testResults: [
            {
              name: 'c.test.ts',
              status: 'failed',
              assertionResults: [
                {
                  status: 'failed',
                  fullName: 'c adds',
                  failureMessages: ['AssertionError: 1 !== 2\n    at c.test.ts:3'],
                },
              ],
            },
          ],
        }),
        e2e: e2eReport({ unexpected: 1 }, [
          {
            title: 'runs',
            file: 'run.spec.ts',
            line: 9,
            tests: [
              {
                status: 'unexpected',
                projectName: 'site',
                annotations: [],
                results: [
                  {
                    status: 'failed',
                    errors: [
                      {
                        message:
                          '\u001b[31mError: expect(received).toBeLessThan(expected)\u001b[39m\n\nExpected: < 1500\nReceived:   1611\n    at run.spec.ts:12',
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ]),
      },
    );
    expect(closingLine(summary)).toBe('0 passed, 2 failed, 0 skipped');
    expect(summary.failures).toEqual([
      'failed (unit): c adds — AssertionError: 1 !== 2',
      'failed (e2e): [site] run.spec.ts:9 runs — Error: expect(received).toBeLessThan(expected) ⏎ Expected: < 1500 ⏎ Received:   1611',
    ]);
  });
});
