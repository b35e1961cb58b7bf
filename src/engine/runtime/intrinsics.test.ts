import { afterEach, describe, expect, it } from 'vitest';
import { copyItems, pushItem } from './intrinsics';

// The prototypes are this process's own: each test changes them only around its pushItem calls, so
// vitest itself never meets the change (its arrays would call the setters too).
let undo: (() => void) | undefined;
afterEach(() => undo?.());

function tampered(changes: [object, PropertyKey, PropertyDescriptor][], body: () => void): void {
  for (const [target, key, descriptor] of changes)
    Object.defineProperty(target, key, { configurable: true, ...descriptor });
  undo = () => {
    for (const [target, key] of changes) Reflect.deleteProperty(target, key);
    undo = undefined;
  };
  body();
  undo();
}

describe('pushItem', () => {
  it('appends own data properties', () => {
    const list: number[] = [];
    pushItem(list, 1);
    pushItem(list, 2);
    expect(list).toEqual([1, 2]);
    expect(Object.getOwnPropertyDescriptor(list, 1)).toMatchObject({ value: 2, writable: true, enumerable: true });
  });

  it('never calls a setter that learner code put on Array.prototype or Object.prototype', () => {
    let calls = 0;
    const list: string[] = [];
    const count = { set: () => void calls++ };
    tampered(
      [
        [Array.prototype, 1, count],
        [Object.prototype, 2, count],
      ],
      () => {
        pushItem(list, 'a');
        pushItem(list, 'b');
        pushItem(list, 'c');
        pushItem(list, 'd');
      },
    );
    expect(calls).toBe(0);
    expect(Object.getOwnPropertyNames(list)).toEqual(['0', '1', '2', '3', 'length']);
    expect(copyItems(list, 1)).toEqual(['b', 'c', 'd']);
  });

  it('is not stopped by a read-only index on Array.prototype', () => {
    const list: string[] = [];
    tampered([[Array.prototype, 0, { value: 'inherited', writable: false }]], () => pushItem(list, 'own'));
    expect(Object.getOwnPropertyDescriptor(list, 0)?.value).toBe('own');
  });

  it('runs no proxy trap when Array.prototype inherits from a proxy', () => {
    let traps = 0;
    const proxy = new Proxy(Object.create(Object.prototype) as object, {
      has: (target, key) => (traps++, Reflect.has(target, key)),
      get: (target, key, receiver) => (traps++, Reflect.get(target, key, receiver) as unknown),
      set: (target, key, value, receiver) => (traps++, Reflect.set(target, key, value, receiver)),
      getOwnPropertyDescriptor: (target, key) => (traps++, Reflect.getOwnPropertyDescriptor(target, key)),
    });
    const original = Object.getPrototypeOf(Array.prototype) as object;
    const list: number[] = [];
    Object.setPrototypeOf(Array.prototype, proxy);
    undo = () => void Object.setPrototypeOf(Array.prototype, original);
    pushItem(list, 7);
    pushItem(list, 8);
    undo();
    expect(traps).toBe(0);
    expect(Object.getOwnPropertyNames(list)).toEqual(['0', '1', 'length']);
  });
});
