// Test support only (no *.test.ts name, so vitest does not run it): the worker scope and the
// stand-ins the runtime's entry tests share (start-run.test.ts, async-lab-global.test.ts).
import { expect, vi } from 'vitest';
import type { ConsoleEntry } from '../../schemas/console-value';

/** For vi.mock('./console-hook'): console.log posts each argument as a string. */
export const consoleHookStub = {
  installConsole(target: Console, sink: (entry: ConsoleEntry) => void, clock: () => number) {
    target.log = (...data: unknown[]) =>
      sink({
        kind: 'log',
        method: 'log',
        time: clock(),
        depth: 0,
        args: data.map((v) => ({ t: 'string', v: String(v) })),
      });
  },
};

/** For vi.mock('./serialize'). */
export const serializeStub = {
  encode: (value: unknown) => ({ t: 'string', v: String(value) }),
};

/**
 * A MessageChannel whose messages are fake-timer macrotasks, so the whole run follows the fake clock.
 * Fake timers round a zero delay up to 1 ms, so durations below may be a millisecond or two long.
 */
export class FakeChannel {
  port1: { onmessage: (() => void) | null } = { onmessage: null };
  port2 = { postMessage: () => setTimeout(() => this.port1.onmessage?.(), 0) };
}

/** `ms`, give or take the fake macrotask hops. */
export const about = (ms: number) =>
  expect.toSatisfy((actual: number) => actual >= ms && actual <= ms + 2, `about ${ms}`);

/** A Worker that never runs anything; enough to see tracking. */
export class FakeWorker {
  constructor(readonly url: string | URL) {}
  addEventListener(): void {}
  terminate(): void {}
}

export function fakeScope() {
  const events = new EventTarget();
  const network = vi.fn(() => Promise.reject(new TypeError('offline')));
  const scope = {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
    fetch: network,
    Worker: FakeWorker,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events),
    console: { log: (..._: unknown[]) => {} },
    performance: { now: () => Date.now() },
    MessageChannel: FakeChannel,
    URL: { createObjectURL: () => 'blob:x', revokeObjectURL: () => {} },
    // What a spare worker uses: loading a blob: script, and answering the frame.
    importScripts: vi.fn((..._urls: string[]) => {}),
    postMessage: vi.fn((_message: unknown) => {}),
  };
  return { scope, network };
}
