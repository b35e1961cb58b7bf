import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../schemas/run-protocol';
import { createCheckHarness } from '../runtime/check-harness';
import { registerPythonChecks } from './python-checks';

/**
 * The JavaScript side of Python checks, with a fake interpreter: checks.py's names reach the run's
 * check harness (the one TypeScript checks use), each check calls its Python function with the
 * recorded run, and a failure message from Python fails the check with that message.
 */
function setup(python: { load(source: string): string; run(index: number, data: string): string | undefined }) {
  const posted: CheckResult[][] = [];
  const lines: string[] = [];
  let held = 0;
  const checks = createCheckHarness({
    post: (r) => posted.push(r),
    clock: () => 0,
    whenIdle: () => Promise.resolve(700),
    logs: () => [{ time: 5, kind: 'log', text: 'hello' }],
    spans: () => [{ id: 1, kind: 'fetch', label: 'GET https://httpbin.org/get (simulated)', start: 1, end: 9 }],
    delay: () => undefined,
    locale: 'zh-cn',
    snapshot: () => ({ restore: () => true }),
  });
  const functions: Record<string, unknown> = {
    'import lab_check\nlab_check.load': (source: string) => python.load(source),
    'lab_check.run': Object.assign((i: number, data: string) => python.run(i, data), {
      callPromising: (i: number, data: string) => {
        held += 1;
        return Promise.resolve(python.run(i, data));
      },
    }),
    'lab_check.run_async': (i: number, data: string) => Promise.resolve(python.run(i, data)),
  };
  const deps = {
    pyodide: { runPython: (code: string) => functions[code] },
    prepared: {
      checks,
      line: (_kind: 'system' | 'error', text: string) => void lines.push(text),
      hold: () => () => undefined,
    },
    jspi: true,
  } as unknown as Parameters<typeof registerPythonChecks>[0];
  return { deps, checks, posted, lines, held: () => held };
}

describe('registerPythonChecks', () => {
  it('announces checks.py’s checks, runs each in Python with the recorded run, and reports as TypeScript checks do', async () => {
    const seen: unknown[] = [];
    const { deps, checks, posted, held } = setup({
      load: (source) => (source === 'CHECKS' ? '["order", "speed"]' : '[]'),
      run: (index, data) => {
        seen.push(JSON.parse(data));
        return index === 1 ? '用了 1 200 ms' : undefined;
      },
    });
    expect(registerPythonChecks(deps, 'CHECKS')).toBe(true);
    expect(posted).toEqual([
      [
        { name: 'order', status: 'pending' },
        { name: 'speed', status: 'pending' },
      ],
    ]);
    await checks.run({});
    expect(posted.at(-1)).toEqual([
      { name: 'order', status: 'passed' },
      { name: 'speed', status: 'failed', message: '用了 1 200 ms' },
    ]);
    expect(held()).toBe(2); // with JSPI, on a stack that can suspend
    expect(seen[0]).toEqual({
      elapsedMs: 700,
      locale: 'zh-cn',
      logs: [{ time: 5, kind: 'log', text: 'hello' }],
      spans: [{ id: 1, kind: 'fetch', label: 'GET https://httpbin.org/get (simulated)', start: 1, end: 9 }],
      requests: [{ method: 'GET', url: 'https://httpbin.org/get', simulated: true, start: 1, end: 9 }],
    });
  });

  it('prints why checks.py did not load, and registers nothing', () => {
    const { deps, posted, lines } = setup({
      load: () => {
        throw new Error('SyntaxError: invalid syntax');
      },
      run: () => undefined,
    });
    expect(registerPythonChecks(deps, 'def (')).toBe(false);
    expect(lines).toEqual(['checks.py: SyntaxError: invalid syntax']);
    expect(posted).toEqual([]);
  });
});
