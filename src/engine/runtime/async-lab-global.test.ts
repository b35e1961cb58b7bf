import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerToHost } from '../../schemas/run-protocol';
import { createAsyncLabGlobal, type RuntimeScope } from './async-lab-global';
import { fakeScope } from './fake-worker-scope';

// The console hook and the serializer are replaced by minimal stand-ins: these tests pin the run's start only.
vi.mock('./console-hook', async () => (await import('./fake-worker-scope')).consoleHookStub);
vi.mock('./serialize', async () => (await import('./fake-worker-scope')).serializeStub);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a spare worker', () => {
  /** A spare: the runtime is evaluated, no code yet. `importScripts` runs `load` as the blob's script. */
  function spare(load: (global: ReturnType<typeof createAsyncLabGlobal>) => void = () => {}) {
    const { scope } = fakeScope();
    const global = createAsyncLabGlobal(scope as unknown as RuntimeScope);
    scope.importScripts.mockImplementation(() => load(global));
    return { scope, global };
  }
  const startWith = (scope: ReturnType<typeof fakeScope>['scope'], code: string) => {
    const messages: WorkerToHost[] = [];
    const port = { postMessage: (message: WorkerToHost) => messages.push(structuredClone(message)) };
    scope.dispatchEvent(new MessageEvent('message', { data: { type: 'start', runId: 3, port, code } }));
    return messages;
  };

  it('answers the probe with spare-ready when a blob: script loads, spare-unusable when it does not', () => {
    const ready = spare();
    ready.scope.dispatchEvent(new MessageEvent('message', { data: { type: 'probe' } }));
    expect(ready.scope.postMessage).toHaveBeenCalledWith({ type: 'spare-ready' });

    const refused = spare(() => {
      throw new Error('NetworkError: failed to load');
    });
    refused.scope.dispatchEvent(new MessageEvent('message', { data: { type: 'probe' } }));
    expect(refused.scope.postMessage).toHaveBeenCalledWith({
      type: 'spare-unusable',
      message: expect.stringContaining('failed to load'),
    });
  });

  it('loads the code that comes with WorkerStart, then runs it like a whole-script worker', async () => {
    const logged: string[] = [];
    const { scope } = spare((global) =>
      global.run(async () => {
        logged.push('ran');
        scope.console.log('from the spare');
      }),
    );
    const messages = startWith(scope, ';self.__asyncLab.run(async function () {});');
    expect(scope.importScripts).toHaveBeenCalledTimes(1);
    // 'started' goes out before the learner's first line runs, as in a whole-script worker.
    expect(messages[0]).toEqual({ type: 'started', runId: 3 });
    expect(logged).toEqual(['ran']);
    await vi.runAllTimersAsync();
    expect(messages.flatMap((m) => (m.type === 'console' ? m.entries : [])).map((e) => e.args[0])).toEqual([
      { t: 'string', v: 'from the spare' },
    ]);
    expect(messages.at(-1)).toMatchObject({ type: 'done', runId: 3, uncaught: 0 });
  });

  it('serves one run only: a second WorkerStart is ignored', async () => {
    let runs = 0;
    const { scope } = spare((global) => global.run(async () => void runs++));
    startWith(scope, 'first');
    const second = startWith(scope, 'second');
    await vi.runAllTimersAsync();
    expect(runs).toBe(1);
    expect(scope.importScripts).toHaveBeenCalledTimes(1);
    expect(second).toEqual([]);
  });

  it('lets code that fails to load throw out of the message handler, so the frame reports a worker error', () => {
    const { scope } = fakeScope();
    // Node reports a listener's exception elsewhere instead of throwing it: call the listener directly.
    let listener: ((event: MessageEvent<unknown>) => void) | undefined;
    scope.addEventListener = ((_type: string, fn: (event: MessageEvent<unknown>) => void) =>
      (listener = fn)) as typeof scope.addEventListener;
    createAsyncLabGlobal(scope as unknown as RuntimeScope);
    scope.importScripts.mockImplementation(() => {
      throw new SyntaxError('Unexpected token');
    });
    const port = { postMessage: vi.fn() };
    const data = { type: 'start', runId: 3, port, code: 'const x = ;' };
    expect(() => listener?.(new MessageEvent('message', { data }))).toThrow('Unexpected token');
    expect(port.postMessage).not.toHaveBeenCalled();
  });
});
