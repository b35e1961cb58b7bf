import type { BlockedDetector } from './blocked-detector';
import type { TimelineRecorder } from './timeline-recorder';
import type { InstrumentedScope, TimerFunctions, TimerId } from './worker-scope';
import {
  bindTo,
  callWith,
  mapDelete,
  mapGet,
  mapSet,
  objectDefineProperty,
  promiseFinally,
  promiseThen,
  stringToUpperCase,
} from './intrinsics';

export interface PendingWorkDeps {
  /** Counts one operation as pending; the returned function ends it (idempotent). */
  hold: () => () => void;
  recorder: TimelineRecorder;
  blocked: BlockedDetector;
  /** Answers a request offline (the simulated httpbin), or returns null to use the network. */
  simulate: (input: RequestInfo | URL, init: RequestInit | undefined) => Promise<Response> | null;
}

/** What the runtime itself uses: labelled timers and workers that are tracked like the learner's. */
export interface TrackedWork {
  /** A tracked setTimeout whose timeline bar carries `label` (sleep uses "sleep(1000)"). */
  setTimeout(callback: () => void, ms: number, label: string): TimerId;
  /** A tracked Worker whose timeline bar carries `label`; pending until `terminate()`. */
  createWorker(url: string, label: string): Worker;
}

interface LiveTimer {
  release: () => void;
  spanId: number;
}

const BODY_READERS = ['arrayBuffer', 'blob', 'bytes', 'formData', 'json', 'text'] as const;

/**
 * Wraps the scope's timers, fetch and Worker so that each counts as pending work until it is over:
 * a timeout until it fires or is cleared, an interval until cleared, a fetch until its promise (and
 * any body read) settles, a worker until terminated. Each also draws its bar on the timeline, and each
 * callback it dispatches marks the start of a possibly blocked stretch.
 *
 * Replaces the functions on `scope` in place; the originals are not restored (a worker runs once).
 */
export function instrumentScope(scope: InstrumentedScope, deps: PendingWorkDeps): TrackedWork {
  const { hold, recorder, blocked } = deps;
  const original: TimerFunctions = {
    setTimeout: bindTo(scope.setTimeout, scope),
    clearTimeout: bindTo(scope.clearTimeout, scope),
    setInterval: bindTo(scope.setInterval, scope),
    clearInterval: bindTo(scope.clearInterval, scope),
  };
  const originalFetch = bindTo(scope.fetch, scope);
  // Browsers share one id space between timeouts and intervals, and either clear function clears both.
  const live = new Map<TimerId, LiveTimer>();

  function startTimeout(callback: () => void, ms: number | undefined, label: string): TimerId {
    const release = hold();
    const spanId = recorder.begin('timer', label);
    const id = original.setTimeout(() => {
      mapDelete(live, id);
      recorder.end(spanId);
      blocked.enter('setTimeout callback');
      try {
        callback();
      } finally {
        release();
      }
    }, ms);
    mapSet(live, id, { release, spanId });
    return id;
  }

  function startInterval(callback: () => void, ms: number | undefined, label: string): TimerId {
    const timer: LiveTimer = { release: hold(), spanId: recorder.begin('timer', label) };
    const id = original.setInterval(() => {
      recorder.end(timer.spanId);
      timer.spanId = recorder.begin('timer', label);
      blocked.enter('setInterval callback');
      callback();
    }, ms);
    mapSet(live, id, timer);
    return id;
  }

  function clear(id: TimerId | undefined): void {
    if (id === undefined) return;
    const timer = mapGet(live, id);
    if (timer) {
      mapDelete(live, id);
      recorder.end(timer.spanId, 'cleared');
      timer.release();
    }
    original.clearTimeout(id);
  }

  scope.setTimeout = (handler, timeout, ...args) =>
    // A string handler is code to eval: rare, and not worth tracking.
    typeof handler === 'function'
      ? startTimeout(
          () => callWith(handler as (...args: never[]) => void, undefined, args),
          timeout,
          `setTimeout ${msText(timeout)}`,
        )
      : original.setTimeout(handler, timeout, ...args);
  scope.setInterval = (handler, timeout, ...args) =>
    typeof handler === 'function'
      ? startInterval(
          () => callWith(handler as (...args: never[]) => void, undefined, args),
          timeout,
          `setInterval ${msText(timeout)}`,
        )
      : original.setInterval(handler, timeout, ...args);
  scope.clearTimeout = clear;
  scope.clearInterval = clear;

  /** Keeps the run alive while a body is being read: after `await fetch()`, `await res.json()` is still work. */
  function trackBody(response: Response): Response {
    for (let i = 0; i < BODY_READERS.length; i++) {
      const name = BODY_READERS[i] as (typeof BODY_READERS)[number];
      const read: unknown = response[name];
      if (typeof read !== 'function') continue;
      objectDefineProperty(response, name, {
        configurable: true,
        value: (): Promise<unknown> => {
          const release = hold();
          return promiseFinally(callWith(read as () => Promise<unknown>, response, []), release);
        },
      });
    }
    return response;
  }

  scope.fetch = (input, init) => {
    const simulated = deps.simulate(input, init);
    const method = stringToUpperCase(String(init?.method ?? (input instanceof Request ? input.method : 'GET')));
    const url = input instanceof Request ? input.url : String(input);
    const release = hold();
    const spanId = recorder.begin('fetch', `${method} ${url}${simulated ? ' (simulated)' : ''}`);
    const settle = () => {
      recorder.end(spanId);
      release();
    };
    return promiseThen(
      simulated ?? originalFetch(input, init),
      (response) => {
        settle();
        return trackBody(response);
      },
      (error: unknown) => {
        settle();
        throw error;
      },
    );
  };

  const OriginalWorker = scope.Worker;
  class TrackedWorker extends OriginalWorker {
    readonly #release = hold();
    readonly #spanId: number;

    constructor(url: string | URL, options?: WorkerOptions, label?: string) {
      super(url, options);
      this.#spanId = recorder.begin('worker', label ?? `new Worker(${options?.name ?? workerName(url)})`);
      // Added before any of the learner's listeners, so it runs first for every message.
      super.addEventListener('message', () => blocked.enter('worker message handler'));
    }

    override terminate(): void {
      super.terminate();
      recorder.end(this.#spanId);
      this.#release();
    }
  }
  scope.Worker = TrackedWorker;

  return {
    setTimeout: (callback, ms, label) => startTimeout(callback, ms, label),
    createWorker: (url, label) => new TrackedWorker(url, undefined, label),
  };
}

function msText(timeout: number | undefined): string {
  return `${Number(timeout) || 0} ms`;
}

function workerName(url: string | URL): string {
  const text = String(url);
  return text.startsWith('blob:') ? 'blob' : text;
}
