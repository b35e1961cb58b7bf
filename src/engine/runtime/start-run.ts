import type { ConsoleEntry } from '../../schemas/console-value';
import type { TimelineSpan, WorkerStart, WorkerToHost } from '../../schemas/run-protocol';
import { message } from '../messages';
import { Batcher } from './batcher';
import { snapshotBuiltins } from './builtins-snapshot';
import { createCheckHarness, type CheckHarness, type LoggedLine } from './check-harness';
import { entryText } from './entry-text';
import { BlockedDetector } from './blocked-detector';
import { installConsole } from './console-hook';
import { createHttpbin } from './httpbin';
import type { LabDeps } from './lab';
import { createMacrotask } from './macrotask';
import { instrumentScope } from './pending-work';
import { RunSession } from './run-session';
import { TimelineRecorder } from './timeline-recorder';
import { runInThread } from './to-thread';
import { listenForUncaught, uncaughtEntry } from './uncaught';
import type { Delay, WorkerGlobal } from './worker-scope';
import { bindTo, copyItems, promiseReject, promiseThen, pushItem } from './intrinsics';

/** Console lines sent at once before the rate limit applies, and the sustained rate after (per ms). */
const CONSOLE_BURST = 5000;
const CONSOLE_PER_MS = 1;
/** Over the limit, the newest lines kept so the end of the output still shows. */
const CONSOLE_TAIL = 500;
/** How often a worker whose event loop turns says so (see 'beat' in run-protocol.ts). */
export const BEAT_MS = 500;
/** Timeline spans per run; a timeline with more is unreadable anyway. */
const MAX_SPANS = 2000;
/** Console lines kept for exercise checks. */
const CHECK_LOG_LIMIT = 10_000;

/** A run being prepared: the lab's view of it, and the door that starts the learner's code. */
export interface PreparedRun {
  lab: LabDeps;
  /** Exercise checks; unused by ordinary runs. */
  checks: CheckHarness;
  execute(userFn: () => Promise<unknown>): void;
  /** Counts work as pending until the returned function is called (the Python runtime's own end). */
  hold(): () => void;
  /**
   * A console line that did not come through `console`: a notice (kind 'system') or an error nobody
   * caught (kind 'error', counted like an uncaught one). The Python runtime prints through it.
   */
  line(kind: 'system' | 'error', text: string): void;
}

/**
 * Sets up everything around one run — console hook, uncaught errors, instrumented timers, fetch and
 * Worker, batching, the Done decision — and posts 'started'. `execute` then runs the learner's code.
 */
export function prepareRun(scope: WorkerGlobal, start: WorkerStart): PreparedRun {
  const { port, runId } = start;
  const locale = start.locale === 'zh-cn' ? 'zh-cn' : 'en';
  // The runtime's own references, taken before the learner's code runs: code that replaces
  // performance.now, MessagePort.prototype.postMessage or Promise.prototype.then (for fun or by
  // mistake) must not change the run's times, lose its output or hide its end.
  const postToPage = bindTo(port.postMessage, port);
  const post = (message: WorkerToHost) => postToPage(message);
  const now = bindTo(scope.performance.now, scope.performance);
  let t0 = now();
  const clock = () => now() - t0;
  // Captured before instrumentation: the runtime's own timers must not keep a run alive.
  const setTimeoutUntracked = bindTo(scope.setTimeout, scope);
  const clearTimeoutUntracked = bindTo(scope.clearTimeout, scope);
  const setIntervalUntracked = bindTo(scope.setInterval, scope);
  const clearIntervalUntracked = bindTo(scope.clearInterval, scope);
  const beat = () => post({ type: 'beat', runId });
  let beating: number | undefined;
  const delay: Delay = (callback, ms) => void setTimeoutUntracked(callback, ms);
  const macrotask = createMacrotask(new scope.MessageChannel());

  const consoleBatch = new Batcher<ConsoleEntry>({
    send: (entries, dropped) => post({ type: 'console', runId, entries, dropped }),
    clock,
    delay,
    burst: CONSOLE_BURST,
    refillPerMs: CONSOLE_PER_MS,
    tailSize: CONSOLE_TAIL,
  });
  const spanBatch = new Batcher<TimelineSpan>({
    send: (spans, dropped) => post({ type: 'spans', runId, spans, dropped }),
    clock,
    delay,
    burst: MAX_SPANS,
    refillPerMs: 0,
    tailSize: 0,
  });
  // What exercise checks may look at. Only filled once checks announce themselves, so ordinary runs
  // (and a million-line flood) pay nothing for it.
  let checking = false;
  const logged: LoggedLine[] = [];
  const finishedSpans: TimelineSpan[] = [];
  const recorder = new TimelineRecorder(clock, (span) => {
    spanBatch.push(span);
    if (checking && finishedSpans.length < MAX_SPANS) pushItem(finishedSpans, span);
  });
  const blocked = new BlockedDetector(clock, macrotask, (label, from, to) =>
    recorder.record('blocked', label, from, to),
  );

  // Once the learner's program has finished and the checks run, what they print is the checks'.
  let checksRunning = false;
  const pushEntry = (entry: ConsoleEntry) => consoleBatch.push(checksRunning ? { ...entry, origin: 'checks' } : entry);

  let uncaught = 0;
  const session = new RunSession({
    clock,
    macrotask,
    delay,
    stuckWarning: message(locale, 'run.stuck'),
    onDone: ({ durationMs, warning }) => {
      clearIntervalUntracked(beating);
      recorder.closeOpen();
      consoleBatch.close();
      spanBatch.close();
      post({ type: 'done', runId, durationMs, uncaught, ...(warning === undefined ? {} : { warning }) });
    },
  });
  const reportUncaught = (error: unknown) => {
    if (session.finished) return;
    uncaught++;
    pushEntry(uncaughtEntry(error, clock()));
  };

  installConsole(
    scope.console,
    (entry) => {
      pushEntry(entry);
      if (checking && logged.length < CHECK_LOG_LIMIT)
        pushItem(logged, { time: entry.time, kind: entry.kind, text: entryText(entry) });
    },
    clock,
  );
  listenForUncaught(scope, reportUncaught);
  const tracked = instrumentScope(scope, {
    hold: () => session.hold(),
    recorder,
    blocked,
    simulate: createHttpbin({
      setTimeout: setTimeoutUntracked,
      clearTimeout: clearTimeoutUntracked,
      clock: now,
      locale,
      log: (text) =>
        pushEntry({
          kind: 'system',
          method: 'system',
          time: clock(),
          depth: 0,
          args: [{ t: 'string', v: text }],
        }),
    }),
  });

  const lab: LabDeps = {
    setTimeout: tracked.setTimeout,
    now,
    beat,
    recorder,
    blocked,
    toThread: (fn, args) =>
      runInThread(
        {
          createWorker: tracked.createWorker,
          createObjectURL: (blob) => scope.URL.createObjectURL(blob),
          revokeObjectURL: (url) => scope.URL.revokeObjectURL(url),
        },
        fn,
        args,
      ),
  };

  const harness = createCheckHarness({
    post: (results) => post({ type: 'checks', runId, results }),
    clock,
    whenIdle: () =>
      promiseThen(session.whenIdle(), (idleAt) => {
        checksRunning = true;
        return idleAt;
      }),
    logs: () => copyItems(logged),
    spans: () => copyItems(finishedSpans),
    delay,
    locale,
    snapshot: () => snapshotBuiltins(scope),
  });
  const checks: CheckHarness = {
    ...harness,
    announce() {
      checking = true;
      harness.announce();
    },
  };

  return {
    lab,
    checks,
    hold: () => session.hold(),
    line(kind, text) {
      if (kind === 'error') uncaught++;
      consoleBatch.push({ kind, method: kind, time: clock(), depth: 0, args: [{ t: 'string', v: text }] });
    },
    execute(userFn) {
      post({ type: 'started', runId });
      beating = setIntervalUntracked(beat, BEAT_MS);
      t0 = now();
      blocked.enter('top-level code');
      let result: Promise<unknown>;
      try {
        result = userFn();
      } catch (error) {
        // userFn is an async function and cannot throw, but a hand-written one could.
        result = promiseReject(error);
      }
      promiseThen(
        result,
        () => session.settle(),
        (error: unknown) => {
          reportUncaught(error);
          session.settle();
        },
      );
      // Nothing may be pending at all (`await new Promise(() => {})`): check once the first microtasks ran.
      session.kick();
    },
  };
}
