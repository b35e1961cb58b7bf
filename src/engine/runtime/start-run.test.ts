import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleEntry } from '../../schemas/console-value';
import type { TimelineSpan, WorkerStart, WorkerToHost } from '../../schemas/run-protocol';
import { createAsyncLabGlobal, type RuntimeScope } from './async-lab-global';
import { about, fakeScope } from './fake-worker-scope';
import type { AsyncLab } from './lab';
import type { WorkerGlobal } from './worker-scope';

// The console hook and the serializer are replaced by minimal stand-ins: these tests pin the run's start only.
vi.mock('./console-hook', async () => (await import('./fake-worker-scope')).consoleHookStub);
vi.mock('./serialize', async () => (await import('./fake-worker-scope')).serializeStub);

interface Run {
  messages: WorkerToHost[];
  done: () => Extract<WorkerToHost, { type: 'done' }> | undefined;
  entries: () => ConsoleEntry[];
  spans: () => TimelineSpan[];
  /** The network fetch the runtime falls back to for other URLs. */
  network: ReturnType<typeof fakeScope>['network'];
}

/** Starts `code` as the learner's top-level code, the way the blob does, and collects what is posted. */
function start(code: (lab: AsyncLab, scope: WorkerGlobal) => Promise<unknown>): Run {
  const { scope, network } = fakeScope();
  const global = createAsyncLabGlobal(scope as unknown as RuntimeScope);
  const messages: WorkerToHost[] = [];
  global.run(() => code(global.lab, scope as unknown as WorkerGlobal));
  const port = new FakePort(messages);
  scope.dispatchEvent(new MessageEvent('message', { data: { type: 'other' } }));
  const data: Omit<WorkerStart, 'port'> & { port: typeof port } = { type: 'start', runId: 7, port };
  scope.dispatchEvent(new MessageEvent('message', { data }));
  return {
    messages,
    network,
    done: () => messages.find((m) => m.type === 'done') as Extract<WorkerToHost, { type: 'done' }> | undefined,
    entries: () => messages.flatMap((m) => (m.type === 'console' ? m.entries : [])),
    spans: () => messages.flatMap((m) => (m.type === 'spans' ? m.spans : [])),
  };
}

/** A port whose postMessage sits on its prototype, as a real MessagePort's does, where learner code could replace it. */
class FakePort {
  constructor(readonly sent: WorkerToHost[]) {}
  postMessage(message: WorkerToHost): void {
    this.sent.push(structuredClone(message));
  }
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a run', () => {
  it('starts only on WorkerStart, says started first and done last', async () => {
    const run = start(async (_, scope) => scope.console.log('hi'));
    expect(run.messages[0]).toEqual({ type: 'started', runId: 7 });
    await vi.runAllTimersAsync();
    expect(run.messages.at(-1)).toEqual({ type: 'done', runId: 7, durationMs: about(0), uncaught: 0 });
  });

  it('ends when a lone setTimeout fires, not before', async () => {
    const run = start(async (_, scope) => void scope.setTimeout(() => {}, 500));
    await vi.advanceTimersByTimeAsync(499);
    expect(run.done()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(10);
    expect(run.done()?.durationMs).toEqual(about(500));
    expect(run.spans()).toContainEqual({ id: 1, kind: 'timer', label: 'setTimeout 500 ms', start: 0, end: 500 });
  });

  it('adds up sequential sleeps and overlaps concurrent ones', async () => {
    const sequential = start(async ({ sleep }) => {
      for (let i = 0; i < 3; i++) await sleep(1000);
    });
    const concurrent = start(async ({ sleep }) => Promise.all([sleep(1000), sleep(1000), sleep(1000)]));
    await vi.runAllTimersAsync();
    expect(sequential.done()?.durationMs).toEqual(about(3000));
    expect(concurrent.done()?.durationMs).toEqual(about(1000));
    expect(sequential.spans().map((s) => [s.label, s.start, s.end])).toEqual([
      ['sleep(1000)', 0, 1000],
      ['sleep(1000)', 1000, 2000],
      ['sleep(1000)', 2000, 3000],
    ]);
  });

  it('runs an interval until it is cleared, one bar per tick', async () => {
    const run = start(async (_, scope) => {
      let ticks = 0;
      const id = scope.setInterval(() => {
        scope.console.log(`tick ${++ticks}`);
        if (ticks === 3) scope.clearInterval(id);
      }, 100);
    });
    await vi.runAllTimersAsync();
    expect(run.done()?.durationMs).toEqual(about(300));
    expect(run.entries().map((e) => [e.args[0], e.time])).toEqual([
      [{ t: 'string', v: 'tick 1' }, 100],
      [{ t: 'string', v: 'tick 2' }, 200],
      [{ t: 'string', v: 'tick 3' }, 300],
    ]);
    expect(run.spans().map((s) => s.label)).toEqual([
      'setInterval 100 ms',
      'setInterval 100 ms',
      'setInterval 100 ms',
      'setInterval 100 ms (cleared)',
    ]);
  });

  it('ends at once, with a warning, when the top-level await can never settle', async () => {
    const run = start(async ({ sleep }) => {
      await sleep(200);
      await new Promise(() => {});
    });
    await vi.runAllTimersAsync();
    const done = run.done();
    expect(done?.durationMs).toEqual(about(200));
    expect(done?.warning).toMatch(/never|no timer/);
  });

  it('reports a top-level throw as an uncaught error and still waits for pending work', async () => {
    const run = start(async (_, scope) => {
      scope.setTimeout(() => scope.console.log('later'), 100);
      throw new Error('boom');
    });
    await vi.runAllTimersAsync();
    const [error, later] = run.entries();
    expect(error).toMatchObject({
      kind: 'error',
      method: 'uncaught',
      time: 0,
      args: [{ t: 'string', v: 'Error: boom' }],
    });
    expect(error?.stack).toContain('boom');
    expect(later?.time).toBe(100);
    expect(run.done()).toMatchObject({ durationMs: about(100), uncaught: 1 });
  });

  it('counts error and unhandledrejection events, and cancels them', async () => {
    const run = start(async (_, scope) => {
      const rejection = new Event('unhandledrejection', { cancelable: true });
      Object.assign(rejection, { reason: 'nope' });
      const error = new Event('error', { cancelable: true });
      Object.assign(error, { error: new TypeError('bad'), message: 'bad' });
      const target = scope as unknown as EventTarget;
      expect(target.dispatchEvent(rejection)).toBe(false);
      expect(target.dispatchEvent(error)).toBe(false);
    });
    await vi.runAllTimersAsync();
    expect(run.done()?.uncaught).toBe(2);
    expect(run.entries().map((e) => e.args[0])).toEqual([
      { t: 'string', v: 'nope' },
      { t: 'string', v: 'TypeError: bad' },
    ]);
  });

  it('answers httpbin offline, with the delay, a system line and a simulated bar', async () => {
    const run = start(async (_, scope) => {
      const res = await scope.fetch('https://httpbin.org/delay/2?x=1');
      const body = (await res.json()) as { args: unknown };
      scope.console.log(res.status, JSON.stringify(body.args));
    });
    await vi.runAllTimersAsync();
    expect(run.done()?.durationMs).toEqual(about(2000));
    expect(run.entries().map((e) => [e.kind, e.args.map((a) => (a.t === 'string' ? a.v : a.t)).join(' ')])).toEqual([
      ['system', '↪ simulated GET https://httpbin.org/delay/2?x=1 → 200 after 2 000 ms'],
      ['log', '200 {"x":"1"}'],
    ]);
    expect(run.spans()).toContainEqual(
      expect.objectContaining({ kind: 'fetch', label: 'GET https://httpbin.org/delay/2?x=1 (simulated)', end: 2000 }),
    );
    expect(run.network).not.toHaveBeenCalled();
  });

  it('aborts a simulated request: AbortError, and nothing keeps the run alive', async () => {
    const run = start(async (_, scope) => {
      const controller = new AbortController();
      scope.setTimeout(() => controller.abort(), 300);
      try {
        await scope.fetch('https://httpbin.org/delay/5', { signal: controller.signal });
      } catch (error) {
        scope.console.log((error as DOMException).name);
      }
    });
    await vi.runAllTimersAsync();
    expect(run.done()?.durationMs).toEqual(about(300));
    expect(run.entries().map((e) => e.args[0])).toEqual([
      { t: 'string', v: '↪ simulated GET https://httpbin.org/delay/5 aborted after 300 ms' },
      { t: 'string', v: 'AbortError' },
    ]);
  });

  it('keeps a learner Worker pending until terminate', async () => {
    const run = start(async (_, scope) => {
      const worker = new scope.Worker('w.js');
      scope.setTimeout(() => worker.terminate(), 250);
    });
    await vi.runAllTimersAsync();
    expect(run.done()?.durationMs).toEqual(about(250));
    expect(run.spans()).toContainEqual(
      expect.objectContaining({ kind: 'worker', label: 'new Worker(w.js)', end: 250 }),
    );
  });

  it('ignores everything after done', async () => {
    let late: (() => void) | undefined;
    const run = start(async (_, scope) => {
      late = () => scope.console.log('too late');
    });
    await vi.runAllTimersAsync();
    const count = run.messages.length;
    late?.();
    await vi.runAllTimersAsync();
    expect(run.messages).toHaveLength(count);
  });

  it('keeps its own clock, messaging and promise references when learner code replaces them', async () => {
    const originalThen = Promise.prototype.then;
    const originalPost = FakePort.prototype.postMessage;
    let run: Run;
    try {
      run = start(async ({ sleep }, scope) => {
        scope.performance.now = () => 0;
        FakePort.prototype.postMessage = () => {};
        // Replaced for the synchronous part only: the test runner itself needs promises afterwards.
        Promise.prototype.then = function (this: Promise<unknown>) {
          return this;
        } as typeof Promise.prototype.then;
        const done = sleep(400);
        Promise.prototype.then = originalThen;
        await done;
        scope.console.log('after the sleep');
      });
    } finally {
      Promise.prototype.then = originalThen;
      FakePort.prototype.postMessage = originalPost;
    }
    FakePort.prototype.postMessage = () => {};
    try {
      await vi.runAllTimersAsync();
    } finally {
      FakePort.prototype.postMessage = originalPost;
    }
    expect(run.done()?.durationMs).toEqual(about(400));
    expect(run.entries()).toEqual([
      expect.objectContaining({ time: about(400), args: [{ t: 'string', v: 'after the sleep' }] }),
    ]);
    expect(run.spans()).toContainEqual(expect.objectContaining({ label: 'sleep(400)', start: 0, end: about(400) }));
  });
});
