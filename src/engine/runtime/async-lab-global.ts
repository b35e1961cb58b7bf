import type { WorkerStart } from '../../schemas/run-protocol';
import type { CheckHarness } from './check-harness';
import { type AsyncLab, createLab, type LabDeps } from './lab';
import { prepareRun } from './start-run';
import type { WorkerGlobal } from './worker-scope';

/** What the runtime script defines as `self.__asyncLab` for the learner's bundle to use. */
export interface AsyncLabGlobal {
  /** The "async-lab" module's exports; usable once the run has started. */
  lab: AsyncLab;
  /** The exercise-check harness of the current run (modules "async-lab/check" and "async-lab/announce"). */
  checks: CheckHarness;
  /**
   * Runs the learner's code once the frame sends WorkerStart. The script that follows the runtime in
   * the blob calls it exactly once: `self.__asyncLab.run(async function () { …bundle… });`
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
    typeof (message.port as { postMessage?: unknown }).postMessage === 'function'
  );
}

/** Builds `self.__asyncLab`. Nothing observable happens until `run` is called and WorkerStart arrives. */
export function createAsyncLabGlobal(scope: WorkerGlobal): AsyncLabGlobal {
  let current: LabDeps | null = null;
  let harness: CheckHarness | null = null;
  const active = (): CheckHarness => {
    if (!harness) throw new Error('Checks can only run inside a run.');
    return harness;
  };
  let runCalled = false;
  const lab = createLab(() => {
    if (!current) throw new Error('async-lab is only available while a run is executing.');
    return current;
  });

  return {
    lab,
    checks: {
      check: (name, fn) => active().check(name, fn),
      announce: () => active().announce(),
      run: (exports) => active().run(exports),
    },
    run(userFn) {
      if (runCalled) return;
      runCalled = true;
      const onMessage = (event: MessageEvent<unknown>) => {
        if (!isWorkerStart(event.data)) return;
        scope.removeEventListener('message', onMessage);
        const prepared = prepareRun(scope, event.data);
        current = prepared.lab;
        harness = prepared.checks;
        prepared.execute(userFn);
      };
      scope.addEventListener('message', onMessage);
    },
  };
}
