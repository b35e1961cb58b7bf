import { describe, expect, it, vi } from 'vitest';
import { reviveError, runInThread, toThreadSource, type ThreadReply } from './to-thread';

/**
 * Stands in for a Worker: runs the generated script in this process, with a fake `self` passed to it
 * as a parameter (the script is a whole classic script, so `new Function` runs it as one).
 */
class InProcessWorker {
  onmessage: ((event: MessageEvent<ThreadReply>) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly terminate = vi.fn();
  readonly #self: {
    onmessage: ((event: { data: unknown }) => Promise<void>) | null;
    postMessage: (data: unknown) => void;
  };

  constructor(source: string) {
    this.#self = {
      onmessage: null,
      postMessage: (data) =>
        queueMicrotask(() => this.onmessage?.(new MessageEvent('message', { data: data as ThreadReply }))),
    };
    new Function('self', source)(this.#self);
  }

  postMessage(data: unknown): void {
    void this.#self.onmessage?.({ data: structuredClone(data) });
  }
}

/**
 * runInThread with in-process workers. A Blob's text can only be read asynchronously, so the fake
 * createWorker regenerates the same source from `fn` instead of reading the blob.
 */
function run<R>(fn: (...args: never[]) => unknown, args: unknown[]) {
  const workers: InProcessWorker[] = [];
  const labels: string[] = [];
  const deps = {
    createObjectURL: (_blob: Blob) => 'blob:0',
    revokeObjectURL: vi.fn(),
    createWorker: (_url: string, label: string) => {
      labels.push(label);
      const worker = new InProcessWorker(toThreadSource(fn));
      workers.push(worker);
      return worker as unknown as Worker;
    },
  };
  return { result: runInThread<R>(deps, fn, args), workers, labels, deps };
}

describe('toThreadSource', () => {
  it('accepts functions, arrows, async functions and method shorthand', () => {
    expect(toThreadSource((a: number) => a)).toContain('const fn = ((a) => a);');
    expect(toThreadSource(function named() {})).toContain('const fn = (function named() {');
    const method = {
      work(n: number) {
        return n * 2;
      },
    };
    expect(toThreadSource(method.work)).toContain('Object.values({ work(n) {');
  });

  it('refuses built-in functions, which have no source to send', () => {
    expect(() => toThreadSource(Math.max)).toThrow(/built in/);
  });
});

describe('runInThread', () => {
  it('resolves with the awaited result, labels the worker, terminates it and frees the URL', async () => {
    const { result, workers, labels, deps } = run<number>(
      async function add(a: number, b: number) {
        await Promise.resolve();
        return a + b;
      },
      [2, 3],
    );
    await expect(result).resolves.toBe(5);
    expect(labels).toEqual(['toThread(add)']);
    expect(workers[0]?.terminate).toHaveBeenCalledOnce();
    expect(deps.revokeObjectURL).toHaveBeenCalledWith('blob:0');
  });

  it('rejects with the original name, message and stack', async () => {
    const { result } = run(() => {
      throw new RangeError('too far');
    }, []);
    const error = (await result.catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('too far');
    expect(error.stack).toContain('too far');
  });

  it('rejects a value that is not a function with a TypeError that names the mistake', async () => {
    const fun = (a: number) => a;
    const { result, workers } = run(fun(1) as unknown as () => number, [1, 2, 3]);
    const error = (await result.catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain('toThread expects a function, got number (1)');
    expect(workers).toHaveLength(0);
  });

  it('explains a variable from outside the function', async () => {
    const outside = 1;
    const { result } = run(() => outside, []);
    await expect(result).rejects.toThrow(/cannot use variables from outside itself/);
  });

  it('keeps custom error names', () => {
    const revived = reviveError({ name: 'TimeoutError', message: 'slow', stack: null });
    expect(revived).toBeInstanceOf(Error);
    expect(revived.name).toBe('TimeoutError');
  });
});
