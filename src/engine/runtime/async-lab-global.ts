import type { WorkerStart } from '../../schemas/run-protocol';
import type { CheckHarness } from './check-harness';
import { type AsyncLab, createLab, type LabDeps } from './lab';
import { answerProbe, isSpareProbe, loadScript, type ScriptScope } from './spare';
import { prepareRun } from './start-run';
import type { WorkerGlobal } from './worker-scope';

/** The worker scope as the runtime's entry sees it: a run's scope, plus what a spare worker needs. */
export type RuntimeScope = WorkerGlobal & ScriptScope & { postMessage(message: unknown): void };

/** What the runtime script defines as `self.__asyncLab` for the learner's bundle to use. */
export interface AsyncLabGlobal {
  /** The "async-lab" module's exports; usable once the run has started. */
  lab: AsyncLab;
  /** The exercise-check harness of the current run (modules "async-lab/check" and "async-lab/announce"). */
  checks: CheckHarness;
  /**
   * Runs the learner's code once the frame sends WorkerStart. The learner's script (assemble.ts)
   * calls it exactly once: `self.__asyncLab.run(async function () { …bundle… });` — either right
   * after the runtime in the same blob, or, in a spare worker, when WorkerStart brings the code.
   */
  run(userFn: () => Promise<unknown>): void;
}

/** True for the frame's WorkerStart message. */
export function isWorkerStart(data: unknown): data is WorkerStart {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<Record<keyof WorkerStart, unknown>>;
  return (
    message.type === 'start' &&
    typeof message.runId === 'number' &&
    typeof message.port === 'object' &&
    message.port !== null &&
    typeof (message.port as { postMessage?: unknown }).postMessage === 'function' &&
    (message.code === undefined || typeof message.code === 'string') &&
    (message.checks === undefined || typeof message.checks === 'string')
  );
}

/**
 * Builds `self.__asyncLab` and listens for the frame. Nothing observable happens until both the
 * learner's function (`run`) and WorkerStart are there; in a whole-script worker `run` comes first,
 * in a spare worker WorkerStart brings the code that calls `run`.
 */
export function createAsyncLabGlobal(scope: RuntimeScope): AsyncLabGlobal {
  let current: LabDeps | null = null;
  let harness: CheckHarness | null = null;
  const active = (): CheckHarness => {
    if (!harness) throw new Error('Checks can only run inside a run.');
    return harness;
  };
  const lab = createLab(() => {
    if (!current) throw new Error('async-lab is only available while a run is executing.');
    return current;
  });

  let userFn: (() => Promise<unknown>) | null = null;
  let start: WorkerStart | null = null;
  let begun = false;
  const begin = (): void => {
    if (begun || !userFn || !start) return;
    begun = true;
    const prepared = prepareRun(scope, start);
    current = prepared.lab;
    harness = prepared.checks;
    prepared.execute(userFn);
  };

  const onMessage = (event: MessageEvent<unknown>): void => {
    if (isSpareProbe(event.data)) {
      scope.postMessage(answerProbe(scope));
      return;
    }
    if (!isWorkerStart(event.data)) return;
    // One start per worker: a worker never serves a second run, so every run begins with fresh globals.
    scope.removeEventListener('message', onMessage);
    // Loading the code only calls run(); the learner's code starts below, after 'started' is posted.
    if (event.data.code !== undefined) loadScript(scope, event.data.code);
    start = event.data;
    begin();
  };
  scope.addEventListener('message', onMessage);

  return {
    lab,
    checks: {
      check: (name, fn) => active().check(name, fn),
      announce: () => active().announce(),
      run: (exports) => active().run(exports),
      mismatch: (expected, actual) => active().mismatch(expected, actual),
    },
    run(fn) {
      if (userFn) return;
      userFn = fn;
      begin();
    },
  };
}
