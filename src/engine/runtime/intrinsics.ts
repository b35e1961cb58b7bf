/**
 * The built-ins the runtime calls, captured when the runtime script is evaluated, before any learner
 * code exists.
 *
 * Learner code may patch, wrap or delete anything on the built-in prototypes (`delete
 * Promise.prototype.then`, a `then` that counts its calls, a throwing setter on
 * `Array.prototype[0]`). A browser running the same module is not affected by that: its event loop and
 * console never call into those prototypes. So the runtime must not either. Each helper here takes
 * its receiver as the first argument and calls the original through `Reflect.apply`; array writes
 * define own properties, so no inherited setter is ever reached. The serializer's own captures for
 * reading values without running learner code are in serialize-intrinsics.ts.
 */

const { apply, defineProperty } = Reflect;

const { bind, call } = Function.prototype;

/**
 * `method` called on `self`, whatever has since been done to the prototype it came from. A bound
 * `call` (Node's primordials do the same) keeps its target however `Function.prototype.call` is
 * patched later, and V8 calls it without the array a rest parameter and `Reflect.apply` would
 * allocate: the timeline records a span per timer, so this is on a hot path.
 */
function uncurry<Self, Args extends unknown[], Result>(
  method: (this: Self, ...args: Args) => Result,
): (self: Self, ...args: Args) => Result {
  return apply(bind, call, [method]) as (self: Self, ...args: Args) => Result;
}

/** The Promise constructor as it was; `new NativePromise(…)` never reads the global `Promise`. */
export const NativePromise = Promise;

const then = uncurry(Promise.prototype.then) as <T, R1 = T, R2 = never>(
  promise: Promise<T>,
  onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
  onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
) => Promise<R1 | R2>;
/** `promise.then(onFulfilled, onRejected)` with the original `then`. */
export const promiseThen = then;

/** `promise.finally(onFinally)` built on the original `then` (the original `finally` calls `this.then`). */
export function promiseFinally<T>(promise: Promise<T>, onFinally: () => void): Promise<T> {
  return then(
    promise,
    (value) => {
      onFinally();
      return value;
    },
    (error: unknown) => {
      onFinally();
      throw error;
    },
  );
}

const ArrayPrototype = Array.prototype;
const ObjectPrototype = Object.prototype;
const { getPrototypeOf } = Reflect;
const hasOwn = uncurry(Object.prototype.hasOwnProperty) as (self: object, key: PropertyKey) => boolean;

/**
 * Appends `item` as an own data property, so a setter on `Array.prototype[n]` is never called.
 *
 * A plain `list[n] = item` only reaches learner code through an accessor (or a read-only value) at
 * index `n` somewhere on the list's prototype chain: Array.prototype, then Object.prototype, whose own
 * prototype is fixed at null. Those checks read own properties only, which runs nothing. When they
 * pass, the plain store is safe and costs a fifteenth of `defineProperty` (a million-line
 * `console.log` loop appends several items per line); otherwise the item is defined directly.
 */
export function pushItem<T>(list: T[], item: T): void {
  const n = list.length;
  if (
    getPrototypeOf(list) === ArrayPrototype &&
    getPrototypeOf(ArrayPrototype) === ObjectPrototype &&
    !hasOwn(ArrayPrototype, n) &&
    !hasOwn(ObjectPrototype, n)
  ) {
    list[n] = item;
    return;
  }
  defineProperty(list, n, { value: item, writable: true, enumerable: true, configurable: true });
}

/** A copy of `list[start..end)`, built without species lookups, iterators or inherited setters. */
export function copyItems<T>(list: readonly T[], start = 0, end = list.length): T[] {
  const copy: T[] = [];
  for (let i = start; i < end; i++) pushItem(copy, list[i] as T);
  return copy;
}

/** Removes and returns the first item (the original `shift` only writes the array's own indices). */
export const shiftItem = uncurry(Array.prototype.shift) as <T>(list: T[]) => T | undefined;

/** Removes the first `count` items in place. */
export function dropFirst<T>(list: T[], count: number): void {
  const kept = list.length - count;
  for (let i = 0; i < kept; i++) list[i] = list[i + count] as T;
  list.length = Math.max(0, kept);
}

export const mapGet = uncurry(Map.prototype.get) as <K, V>(map: Map<K, V>, key: K) => V | undefined;
export const mapSet = uncurry(Map.prototype.set) as <K, V>(map: Map<K, V>, key: K, value: V) => Map<K, V>;
export const mapHas = uncurry(Map.prototype.has) as <K, V>(map: Map<K, V>, key: K) => boolean;
export const mapDelete = uncurry(Map.prototype.delete) as <K, V>(map: Map<K, V>, key: K) => boolean;
export const mapClear = uncurry(Map.prototype.clear) as <K, V>(map: Map<K, V>) => void;
export const setHas = uncurry(Set.prototype.has) as <T>(set: Set<T>, item: T) => boolean;
export const setAdd = uncurry(Set.prototype.add) as <T>(set: Set<T>, item: T) => Set<T>;
export const setDelete = uncurry(Set.prototype.delete) as <T>(set: Set<T>, item: T) => boolean;
/** Visits every entry without the iterator protocol, which learner code can patch. */
export const mapForEach = uncurry(Map.prototype.forEach) as <K, V>(
  map: Map<K, V>,
  visit: (value: V, key: K) => void,
) => void;

/** `fn(...args)` without reading `fn.call`/`fn.apply` or iterating `args`. */
export function callWith<R>(fn: (...args: never[]) => R, self: unknown, args: readonly unknown[]): R {
  return apply(fn as (...args: unknown[]) => R, self, args);
}

/** Binds with the original `bind`. */
export const bindTo = uncurry(Function.prototype.bind) as <F extends (...args: never[]) => unknown>(
  fn: F,
  self: unknown,
) => F;

/** `Promise.reject` as it was (learner code may replace the static method on the same constructor). */
export const promiseReject = bindTo(Promise.reject, Promise) as (reason: unknown) => Promise<never>;
/** `Promise.resolve` as it was. */
export const promiseResolve = bindTo(Promise.resolve, Promise) as <T>(value: T) => Promise<Awaited<T>>;

export const stringSlice = uncurry(String.prototype.slice);
export const stringIncludes = uncurry(String.prototype.includes);
export const stringCharAt = uncurry(String.prototype.charAt);
export const stringToUpperCase = uncurry(String.prototype.toUpperCase);
export const objectDefineProperty = Object.defineProperty;
export const objectKeys = Object.keys;
export const objectIs = Object.is;
