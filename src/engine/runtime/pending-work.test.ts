import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelineSpan } from '../../schemas/run-protocol';
import { BlockedDetector } from './blocked-detector';
import { instrumentScope } from './pending-work';
import { TimelineRecorder } from './timeline-recorder';
import type { InstrumentedScope } from './worker-scope';

class FakeWorker extends EventTarget {
  constructor(readonly url: string | URL) {
    super();
  }
  terminate(): void {}
}

function setup(simulated: Response | null = null) {
  let pending = 0;
  const spans: TimelineSpan[] = [];
  const entered: string[] = [];
  const network = vi.fn(() => Promise.resolve(new Response('{"real":true}')));
  const scope = {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
    fetch: network,
    Worker: FakeWorker,
  } as unknown as InstrumentedScope;
  const t0 = Date.now();
  const recorder = new TimelineRecorder(
    () => Date.now() - t0,
    (span) => spans.push(span),
  );
  const blocked = new BlockedDetector(
    () => 0,
    () => {},
    () => {},
  );
  vi.spyOn(blocked, 'enter').mockImplementation((label) => void entered.push(label));
  const tracked = instrumentScope(scope, {
    hold: () => {
      pending++;
      return () => pending--;
    },
    recorder,
    blocked,
    simulate: () => (simulated ? Promise.resolve(simulated) : null),
  });
  return { scope, tracked, spans, entered, network, pending: () => pending };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('instrumentScope', () => {
  it('holds a timeout until it fires, passing its extra arguments', () => {
    const { scope, pending, entered } = setup();
    const callback = vi.fn();
    scope.setTimeout(callback, 100, 'a', 'b');
    expect(pending()).toBe(1);
    vi.advanceTimersByTime(100);
    expect(callback).toHaveBeenCalledWith('a', 'b');
    expect(pending()).toBe(0);
    expect(entered).toEqual(['setTimeout callback']);
  });

  it('releases a timeout that throws', () => {
    const { scope, pending } = setup();
    scope.setTimeout(() => {
      throw new Error('x');
    }, 10);
    expect(() => vi.advanceTimersByTime(10)).toThrow('x');
    expect(pending()).toBe(0);
  });

  it('releases cleared timers, through either clear function', () => {
    const { scope, pending, spans } = setup();
    const timeout = scope.setTimeout(() => {}, 100);
    const interval = scope.setInterval(() => {}, 100);
    scope.clearInterval(timeout);
    scope.clearTimeout(interval);
    scope.clearTimeout(undefined);
    expect(pending()).toBe(0);
    expect(spans.map((s) => s.label)).toEqual(['setTimeout 100 ms (cleared)', 'setInterval 100 ms (cleared)']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('labels its own timers', () => {
    const { tracked, spans } = setup();
    tracked.setTimeout(() => {}, 1000, 'sleep(1000)');
    vi.advanceTimersByTime(1000);
    expect(spans).toEqual([{ id: 1, kind: 'timer', label: 'sleep(1000)', start: 0, end: 1000 }]);
  });

  it('holds a network fetch until it settles and its body is read', async () => {
    const { scope, pending, spans, network } = setup();
    const request = scope.fetch('https://example.org/data', { method: 'post' });
    expect(pending()).toBe(1);
    const response = await request;
    expect(network).toHaveBeenCalledWith('https://example.org/data', { method: 'post' });
    expect(pending()).toBe(0);
    const body = response.json();
    expect(pending()).toBe(1);
    expect(await body).toEqual({ real: true });
    expect(pending()).toBe(0);
    expect(spans.map((s) => s.label)).toEqual(['POST https://example.org/data']);
  });

  it('marks simulated fetches and releases rejected ones', async () => {
    const { scope, spans, pending } = setup(new Response('ok'));
    await scope.fetch(new Request('https://httpbin.org/get'));
    expect(spans.map((s) => s.label)).toEqual(['GET https://httpbin.org/get (simulated)']);
    const failing = setup();
    failing.network.mockRejectedValueOnce(new TypeError('offline'));
    await expect(failing.scope.fetch('https://example.org/')).rejects.toThrow('offline');
    expect(failing.pending()).toBe(0);
    expect(pending()).toBe(0);
  });

  it('holds a Worker until terminate, and marks each of its messages as a task', () => {
    const { scope, tracked, pending, spans, entered } = setup();
    const worker = new scope.Worker('w.js');
    const own = tracked.createWorker('blob:1', 'toThread(work)');
    expect(pending()).toBe(2);
    worker.dispatchEvent(new MessageEvent('message'));
    expect(entered).toEqual(['worker message handler']);
    worker.terminate();
    own.terminate();
    expect(pending()).toBe(0);
    expect(spans.map((s) => s.label)).toEqual(['new Worker(w.js)', 'toThread(work)']);
  });
});
