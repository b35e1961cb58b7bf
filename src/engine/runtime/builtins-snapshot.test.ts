import { describe, expect, it } from 'vitest';
import { guardExports, snapshotBuiltins } from './builtins-snapshot';
import { createCheckHarness } from './check-harness';
import type { CheckResult } from '../../schemas/run-protocol';

// Each test changes this process's own built-ins only between a snapshot and its restore, so vitest
// never runs on the changed ones.

describe('snapshotBuiltins', () => {
  it('puts back replaced functions, added and deleted properties, and a replaced global binding', () => {
    const snapshot = snapshotBuiltins(globalThis);
    const realMath = Math;
    const realFilter = Array.prototype.filter;
    Math.max = () => 0;
    JSON.stringify = () => 'forged';
    Reflect.deleteProperty(Array.prototype, 'filter');
    Object.defineProperty(Array.prototype, 'forged', { value: 1, configurable: true, writable: true });
    Reflect.set(globalThis, 'Math', { max: () => -1 });
    const whole = snapshot.restore();
    expect(whole).toBe(true);
    expect(Math).toBe(realMath);
    expect(Math.max(1, 2)).toBe(2);
    expect(JSON.stringify([1])).toBe('[1]');
    expect(Array.prototype.filter).toBe(realFilter);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'forged')).toBeUndefined();
  });

  it('puts back a replaced prototype chain and iterator methods', () => {
    const snapshot = snapshotBuiltins(globalThis);
    const arrayIterator = Object.getPrototypeOf([][Symbol.iterator]()) as { next: unknown };
    const next = arrayIterator.next;
    arrayIterator.next = () => ({ done: true, value: undefined });
    Object.setPrototypeOf(Array.prototype, null);
    expect(snapshot.restore()).toBe(true);
    expect(Object.getPrototypeOf(Array.prototype)).toBe(Object.prototype);
    expect(arrayIterator.next).toBe(next);
    expect([...[1, 2]]).toEqual([1, 2]);
  });

  it('says when a frozen built-in cannot be put back', () => {
    const snapshot = snapshotBuiltins(globalThis);
    const proto = URLSearchParams.prototype;
    Reflect.deleteProperty(proto, 'sort');
    Object.preventExtensions(proto);
    const whole = snapshot.restore();
    expect(whole).toBe(false);
    // URLSearchParams stays without sort in this process: nothing else in these tests sorts one.
    expect(Reflect.get(proto, 'sort')).toBeUndefined();
  });
});

describe('guardExports', () => {
  it('restores after an exported function returns, and after its promise settles', async () => {
    let restored = 0;
    const exports = {
      sync: () => 1,
      later: async () => {
        await null;
        return 2;
      },
      Klass: class {
        kind = 'class';
      },
      value: [1],
    };
    const guarded = guardExports(exports, () => void restored++);
    expect((guarded['sync'] as () => number)()).toBe(1);
    expect(restored).toBe(1);
    await expect((guarded['later'] as () => Promise<number>)()).resolves.toBe(2);
    expect(restored).toBe(3);
    expect(guarded['Klass']).toBe(exports.Klass);
    expect(guarded['value']).toBe(exports.value);
  });
});

describe('checks and a program that patches built-ins', () => {
  it('run each check on the real built-ins, even after an exported function patched them again', async () => {
    const posted: CheckResult[][] = [];
    const harness = createCheckHarness({
      post: (r) => posted.push(r),
      clock: () => 0,
      whenIdle: () => Promise.resolve(100),
      logs: () => [],
      spans: () => [],
      delay: () => undefined,
      locale: 'en',
      snapshot: () => snapshotBuiltins(globalThis),
    });
    harness.check('max', () => {
      if (Math.max(1, 2) !== 2) throw new Error('Math.max was forged');
    });
    harness.check('stringify after a call', async (ctx) => {
      const statuses = await (ctx.exports['fetchAll'] as () => Promise<number[]>)();
      if (JSON.stringify(statuses) !== '[1,2]') throw new Error(`forged: ${JSON.stringify(statuses)}`);
    });
    harness.announce();
    // The learner's program, after the checks registered:
    Math.max = () => 0;
    const fetchAll = async (): Promise<number[]> => {
      JSON.stringify = () => '[1,2]';
      return [2, 1];
    };
    await harness.run({ fetchAll });
    expect(posted.at(-1)).toEqual([
      { name: 'max', status: 'passed' },
      { name: 'stringify after a call', status: 'failed', message: 'forged: [2,1]' },
    ]);
  });
});
