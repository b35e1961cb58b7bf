import type { PyodideAPI } from 'pyodide';
import type { CheckContext } from '../runtime/check-harness';
import type { PreparedRun } from '../runtime/start-run';

/** A Python callable as JavaScript sees it; `callPromising` lets it suspend (JSPI) while it blocks. */
type PyFunction<A extends unknown[], R> = ((...args: A) => R) & { callPromising?: (...args: A) => Promise<R> };

/** What the worker needs from its interpreter to run an exercise's checks.py (shim/lab_check.py). */
export interface PythonCheckDeps {
  pyodide: Pick<PyodideAPI, 'runPython'>;
  prepared: Pick<PreparedRun, 'checks' | 'line' | 'hold'>;
  jspi: boolean;
}

/** The part of a check's context that crosses into Python (the learner's globals are already there). */
function contextData(ctx: CheckContext): string {
  const { elapsedMs, locale, logs, spans, requests } = ctx;
  return JSON.stringify({ elapsedMs, locale, logs, spans, requests });
}

/**
 * Loads checks.py and registers each of its checks with the run's check harness, the one TypeScript
 * checks use: the harness announces them, times each out, and posts the results, so a Python check
 * reports exactly as a TypeScript one does. Each registered function calls the Python check. Returns
 * false, after printing the traceback, if checks.py itself does not run.
 */
export function registerPythonChecks(deps: PythonCheckDeps, source: string): boolean {
  const { pyodide, prepared } = deps;
  let names: string[];
  try {
    const load = pyodide.runPython('import lab_check\nlab_check.load') as PyFunction<[string], string>;
    names = JSON.parse(load(source)) as string[];
  } catch (error) {
    prepared.line('error', `checks.py: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  // With JSPI a check runs like main.py, on a stack that can suspend (time.sleep, threads); without
  // it asyncio.run cannot wait, so the check's coroutine is awaited through the loop instead.
  const run = pyodide.runPython('lab_check.run') as PyFunction<[number, string], string | undefined>;
  const runAsync = pyodide.runPython('lab_check.run_async') as (i: number, data: string) => Promise<string | undefined>;
  names.forEach((name, index) => {
    prepared.checks.check(name, async (ctx) => {
      // Held like main.py: a check's loop hands work on through untracked macrotasks, and with
      // nothing else pending the run would look stuck and be ended in the middle of the check.
      const release = prepared.hold();
      try {
        const data = contextData(ctx);
        const failure =
          deps.jspi && run.callPromising ? await run.callPromising(index, data) : await runAsync(index, data);
        if (typeof failure === 'string') throw new Error(failure);
      } finally {
        release();
      }
    });
  });
  prepared.checks.announce();
  return true;
}
