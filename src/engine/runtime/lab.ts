import type { BlockedDetector } from './blocked-detector';
import { NativePromise } from './intrinsics';
import type { TimelineRecorder } from './timeline-recorder';

/** The module learner code imports as "async-lab" (declared for the editor in async-lab.d.ts). */
export type AsyncLab = typeof import('async-lab');

/** What the lab needs from the running session. */
export interface LabDeps {
  /** A tracked timer whose timeline bar carries `label`. */
  setTimeout: (callback: () => void, ms: number, label: string) => unknown;
  /** The raw high-resolution clock blockFor spins on (performance.now). */
  now: () => number;
  /** Tells the page the worker is alive; blockFor blocks on purpose, so it says so while it spins. */
  beat: () => void;
  recorder: TimelineRecorder;
  blocked: BlockedDetector;
  toThread: (fn: (...args: never[]) => unknown, args: unknown[]) => Promise<unknown>;
}

/** How often blockFor says it is alive while it spins. */
const BEAT_WHILE_BLOCKED_MS = 500;

/**
 * Builds the lab. `deps` is a function because the lab object must exist when the worker script is
 * evaluated, while the session it talks to is only made when the run starts.
 */
export function createLab(deps: () => LabDeps): AsyncLab {
  return {
    sleep: (ms) => new NativePromise<void>((resolve) => deps().setTimeout(resolve, ms, `sleep(${ms})`)),

    blockFor(ms) {
      const { now, beat, recorder, blocked } = deps();
      const start = now();
      const spanId = recorder.begin('blocked', `blockFor(${ms})`);
      // Deliberately busy: this is the lesson's stand-in for a blocking call. It is not a hang, so
      // it keeps telling the page so (postMessage needs no turn of the event loop).
      let beatAt = start;
      for (let t = start; t - start < ms; t = now()) {
        if (t - beatAt >= BEAT_WHILE_BLOCKED_MS) {
          beat();
          beatAt = t;
        }
      }
      recorder.end(spanId);
      blocked.explicit(now() - start);
    },

    toThread: <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A) =>
      deps().toThread(fn as (...args: never[]) => unknown, args) as Promise<Awaited<R>>,

    async span<T>(label: string, work: Promise<T> | (() => Promise<T>)): Promise<T> {
      const { recorder } = deps();
      const id = recorder.begin('span', label);
      try {
        return await (typeof work === 'function' ? work() : work);
      } finally {
        recorder.end(id);
      }
    },
  };
}
