import type { CheckContext, LoggedLine, RecordedRequest } from 'async-lab/check';
import type { CheckResult, TimelineSpan } from '../../schemas/run-protocol';
import { formatMs } from '../format-ms';
import { type Locale, message } from '../messages';
import { type BuiltinsSnapshot, guardExports } from './builtins-snapshot';
import { NativePromise, promiseResolve, promiseThen, pushItem } from './intrinsics';

// The shapes check authors see are declared once, in async-lab.d.ts (module "async-lab/check").
export type { CheckContext, LoggedLine, RecordedRequest };

export interface CheckHarnessDeps {
  post(results: CheckResult[]): void;
  clock(): number;
  whenIdle(): Promise<number>;
  logs(): readonly LoggedLine[];
  spans(): readonly TimelineSpan[];
  /** Untracked timer, so a check's own time limit does not keep the run alive. */
  delay(callback: () => void, ms: number): void;
  /** The page's language, for the harness's own messages and for checks to write theirs in. */
  locale: Locale;
  /** Saves the built-ins as they are (see builtins-snapshot.ts); called before any learner module runs. */
  snapshot(): BuiltinsSnapshot;
}

/** One check may take this long before it fails; the run's own limit still bounds the whole. */
export const CHECK_TIMEOUT_MS = 5_000;

type CheckFn = (ctx: CheckContext) => unknown;

const FETCH_LABEL = /^(\S+) (.+?)( \(simulated\))?$/;

function requestsFrom(spans: readonly TimelineSpan[]): RecordedRequest[] {
  return spans
    .filter((s) => s.kind === 'fetch')
    .map((s) => {
      const [, method = 'GET', url = s.label, simulated] = FETCH_LABEL.exec(s.label) ?? [];
      return { method, url, simulated: simulated !== undefined, start: s.start, end: s.end };
    });
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * Exercise checks, run in the same worker as the learner's code and around it. The bundle's entry
 * (bundler/virtual-fs.ts) imports the checks first (they register), then `async-lab/announce`
 * (the page learns their names, so a hang or crash can fail each by name), then main.ts, and finally
 * awaits `run(exports)`: once everything the learner started has finished, each check runs in turn.
 */
export function createCheckHarness(deps: CheckHarnessDeps) {
  const registered: { name: string; fn: CheckFn }[] = [];
  let builtins: BuiltinsSnapshot | undefined;
  /** Puts the built-ins back as they were before the learner's code; false if that cannot be done. */
  const intact = (): boolean => builtins?.restore() ?? true;
  const pending = (): CheckResult[] => registered.map(({ name }) => ({ name, status: 'pending' }));

  function withTimeout(work: Promise<unknown>): Promise<unknown> {
    return new NativePromise((resolve, reject) => {
      deps.delay(
        () => reject(new Error(message(deps.locale, 'check.timeout', { s: CHECK_TIMEOUT_MS / 1000 }))),
        CHECK_TIMEOUT_MS,
      );
      promiseThen(work, resolve, reject);
    });
  }

  return {
    check(name: string, fn: CheckFn): void {
      if (typeof name !== 'string' || typeof fn !== 'function')
        throw new TypeError('check(name, fn) needs a name and a function');
      pushItem(registered, { name, fn });
    },
    announce(): void {
      // The checks have registered and no learner module has run yet: the built-ins are the real ones.
      builtins = deps.snapshot();
      deps.post(pending());
    },
    /** The tail of assertEqual's message (async-lab/check), in the page's language. */
    mismatch(expected: string, actual: string): string {
      return message(deps.locale, 'check.mismatch', { expected, actual });
    },
    async run(exports: Record<string, unknown>): Promise<void> {
      const elapsedMs = await deps.whenIdle();
      const results: CheckResult[] = [];
      const guarded = guardExports(exports, () => void intact());
      for (let i = 0; i < registered.length; i++) {
        const { name, fn } = registered[i] as { name: string; fn: CheckFn };
        if (!intact()) {
          pushItem(results, { name, status: 'failed', message: message(deps.locale, 'check.builtins') });
          continue;
        }
        const ctx: CheckContext = {
          exports: guarded,
          elapsedMs,
          locale: deps.locale,
          say: (messages) => messages[deps.locale],
          ms: formatMs,
          // Getters, read when the check reads them: a check that awaits the learner's code then
          // sees the timers and requests that code made (retry-backoff reads the waits it asked for).
          get logs() {
            return deps.logs();
          },
          get spans() {
            return deps.spans();
          },
          get requests() {
            return requestsFrom(deps.spans());
          },
          now: () => deps.clock(),
          async time(work) {
            const start = deps.clock();
            const value = await work();
            const ms = deps.clock() - start;
            intact();
            return { value, ms };
          },
        };
        try {
          await withTimeout(promiseThen(promiseResolve(undefined), () => fn(ctx)));
          pushItem(results, { name, status: 'passed' });
        } catch (error) {
          pushItem(results, { name, status: 'failed', message: messageOf(error).slice(0, 1_000) });
        }
      }
      deps.post(results);
    },
  };
}

export type CheckHarness = ReturnType<typeof createCheckHarness>;
