/**
 * The standard built-ins as they were before the learner's program ran, and the way back to them.
 *
 * Exercise checks run in the same worker as the program, after it. A program that replaced
 * `Math.max`, `Array.prototype.filter` or `JSON.stringify` would otherwise decide what the checks
 * compute: a one-after-another solution passed "three requests at once" with four lines of patches.
 * A browser gives a module no way to hide its built-ins from code in the same realm, so the harness
 * takes a snapshot once the checks have registered (before any learner module runs) and puts it back
 * before each check and after each call into the learner's exports.
 *
 * The run's own instruments (the console hooks, the tracked timers and fetch) are left out: they are
 * installed on purpose, and the runtime already keeps them out of the learner's reach.
 */

import { NativePromise, mapGet, mapSet, promiseThen } from './intrinsics';

const { defineProperty, deleteProperty, getOwnPropertyDescriptor, getPrototypeOf, ownKeys, setPrototypeOf } = Reflect;

/** Globals whose binding, statics and prototype a check may use. */
const GLOBAL_NAMES = [
  'Object',
  'Function',
  'Array',
  'Number',
  'Boolean',
  'String',
  'Symbol',
  'BigInt',
  'Math',
  'JSON',
  'Reflect',
  'Promise',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Date',
  'RegExp',
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'AggregateError',
  'ArrayBuffer',
  'DataView',
  'Uint8Array',
  'Int32Array',
  'Float64Array',
  'Intl',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'structuredClone',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
  'encodeURIComponent',
  'decodeURIComponent',
  'console',
] as const;

interface Saved {
  target: object;
  prototype: object | null;
  descriptors: Map<PropertyKey, PropertyDescriptor>;
  keys: PropertyKey[];
}

function save(target: object): Saved {
  const keys = ownKeys(target);
  const descriptors = new Map<PropertyKey, PropertyDescriptor>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as PropertyKey;
    const descriptor = getOwnPropertyDescriptor(target, key);
    if (descriptor) mapSet(descriptors, key, descriptor);
  }
  return { target, prototype: getPrototypeOf(target), descriptors, keys };
}

/** True when `target` is back as saved; false when it cannot be (a frozen prototype, say). */
function put(saved: Saved): boolean {
  const { target, descriptors, keys } = saved;
  let whole = true;
  if (getPrototypeOf(target) !== saved.prototype && !setPrototypeOf(target, saved.prototype)) whole = false;
  const now = ownKeys(target);
  for (let i = 0; i < now.length; i++) {
    const key = now[i] as PropertyKey;
    if (mapGet(descriptors, key) === undefined && !deleteProperty(target, key)) whole = false;
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as PropertyKey;
    const descriptor = mapGet(descriptors, key) as PropertyDescriptor;
    const current = getOwnPropertyDescriptor(target, key);
    if (current && same(current, descriptor)) continue;
    if (!defineProperty(target, key, descriptor)) whole = false;
  }
  return whole;
}

function same(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return (
    a.value === b.value &&
    a.get === b.get &&
    a.set === b.set &&
    a.writable === b.writable &&
    a.enumerable === b.enumerable &&
    a.configurable === b.configurable
  );
}

/** The prototypes a program reaches without naming them: iterators, typed arrays, async functions. */
function hiddenIntrinsics(): object[] {
  const arrayIterator = getPrototypeOf([][Symbol.iterator]()) as object;
  const found: (object | null)[] = [
    arrayIterator,
    getPrototypeOf(arrayIterator),
    getPrototypeOf(''[Symbol.iterator]()),
    getPrototypeOf(new Map()[Symbol.iterator]()),
    getPrototypeOf(new Set()[Symbol.iterator]()),
    getPrototypeOf(Uint8Array),
    getPrototypeOf(Uint8Array.prototype),
    getPrototypeOf(async function () {}),
    getPrototypeOf(function* () {}),
  ];
  const objects: object[] = [];
  for (let i = 0; i < found.length; i++) {
    const object = found[i];
    if (object) objects[objects.length] = object;
  }
  return objects;
}

export interface BuiltinsSnapshot {
  /** Puts every saved built-in back; false when some could not be (the learner froze or sealed it). */
  restore(): boolean;
}

/** Saves the built-ins of `scope` (the worker's global object) as they are now. */
export function snapshotBuiltins(scope: object): BuiltinsSnapshot {
  const saved: Saved[] = [];
  const seen = new Set<object>();
  const add = (target: unknown): void => {
    if ((typeof target !== 'object' && typeof target !== 'function') || target === null) return;
    if (seen.has(target)) return;
    seen.add(target);
    saved[saved.length] = save(target);
  };
  // The global object's own bindings for these names (`Math = {…}` replaces the binding itself).
  const bindings = new Map<string, PropertyDescriptor>();
  for (let i = 0; i < GLOBAL_NAMES.length; i++) {
    const name = GLOBAL_NAMES[i] as string;
    const descriptor = getOwnPropertyDescriptor(scope, name);
    if (!descriptor) continue;
    mapSet(bindings, name, descriptor);
    if (name === 'console') continue; // its methods are the run's hooks, installed on purpose
    const value: unknown = descriptor.value;
    add(value);
    if (typeof value === 'function') add((value as { prototype?: unknown }).prototype);
  }
  const hidden = hiddenIntrinsics();
  for (let i = 0; i < hidden.length; i++) add(hidden[i]);

  return {
    restore() {
      let whole = true;
      for (let i = 0; i < GLOBAL_NAMES.length; i++) {
        const name = GLOBAL_NAMES[i] as string;
        const descriptor = mapGet(bindings, name);
        if (!descriptor) continue;
        const current = getOwnPropertyDescriptor(scope, name);
        if (current && same(current, descriptor)) continue;
        if (!defineProperty(scope, name, descriptor)) whole = false;
      }
      for (let i = 0; i < saved.length; i++) if (!put(saved[i] as Saved)) whole = false;
      return whole;
    },
  };
}

const { apply } = Reflect;

/**
 * `exports` with each plain function wrapped so that the built-ins are put back (`restore`) as soon
 * as the learner's function returns, and again when the promise it returns settles: a check that
 * calls `fetchAll(urls)` then computes with the real `JSON.stringify`, whatever `fetchAll` did.
 * Classes and other values pass through unchanged.
 */
export function guardExports(exports: object, restore: () => void): Record<string, unknown> {
  const guarded: Record<string, unknown> = {};
  const keys = ownKeys(exports);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key !== 'string') continue;
    const value: unknown = (exports as Record<string, unknown>)[key];
    defineProperty(guarded, key, {
      value:
        typeof value === 'function' && !isClass(value)
          ? guard(value as (...args: unknown[]) => unknown, restore)
          : value,
      enumerable: true,
    });
  }
  return guarded;
}

const functionSource = Function.prototype.toString;
const PromisePrototype: object = NativePromise.prototype;

/** What an async function returns. (A Proxy's trap is learner code, as the exported function itself is.) */
function isNativePromise(value: unknown): value is Promise<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return getPrototypeOf(value) === PromisePrototype;
  } catch {
    return false;
  }
}

function isClass(fn: unknown): boolean {
  try {
    return /^class\b/.test(apply(functionSource, fn, []) as string);
  } catch {
    return false;
  }
}

function guard(fn: (...args: unknown[]) => unknown, restore: () => void): (...args: unknown[]) => unknown {
  return function guarded(this: unknown, ...args: unknown[]): unknown {
    let result: unknown;
    try {
      result = apply(fn, this, args);
    } finally {
      restore();
    }
    if (!isNativePromise(result)) return result;
    return promiseThen(
      result,
      (value) => {
        restore();
        return value;
      },
      (error: unknown) => {
        restore();
        throw error;
      },
    );
  };
}
