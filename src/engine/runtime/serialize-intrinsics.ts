/**
 * Brand checks and property reads for the encoder that never run learner code.
 *
 * Everything is captured when the runtime loads, before learner code runs, so a lesson that patches
 * `Map.prototype.forEach` or `Date.prototype.getTime` cannot make the encoder call into it. Reads go
 * through property descriptors: a getter is reported, never invoked (DevTools does the same, and a
 * getter may have side effects, block or throw). Only proxy traps can still run learner code; their
 * throws are caught by the encoder.
 */

const { apply, getOwnPropertyDescriptor: ownDescriptor, getPrototypeOf, ownKeys } = Reflect;
export { ownDescriptor, getPrototypeOf, ownKeys };

type Getter = (this: unknown) => unknown;

/** Marks a failed brand check, distinct from any value a real getter could return. */
export const NOT: unique symbol = Symbol('not');

function getterOf(proto: object | undefined, key: PropertyKey): Getter | undefined {
  if (proto === undefined) return undefined;
  const get: unknown = ownDescriptor(proto, key)?.get;
  return typeof get === 'function' ? (get as Getter) : undefined;
}

function protoOf(ctor: unknown): object | undefined {
  return typeof ctor === 'function' ? (ctor.prototype as object) : undefined;
}

/** Calls an intrinsic on `self`; intrinsics throw a TypeError when `self` lacks the internal slot. */
export function brand(fn: ((this: unknown, ...args: never[]) => unknown) | undefined, self: unknown): unknown {
  if (fn === undefined) return NOT;
  try {
    return apply(fn, self, []);
  } catch {
    return NOT;
  }
}

const typedArrayProto: object = getPrototypeOf(Int8Array.prototype) ?? Int8Array.prototype;
// SharedArrayBuffer only exists in cross-origin isolated contexts.
const sharedBufferProto = protoOf(Reflect.get(globalThis, 'SharedArrayBuffer'));

export const intrinsic = {
  dateTime: Date.prototype.getTime,
  dateIso: Date.prototype.toISOString,
  regexpSource: getterOf(RegExp.prototype, 'source'),
  regexpFlags: getterOf(RegExp.prototype, 'flags'),
  mapSize: getterOf(Map.prototype, 'size'),
  mapForEach: Map.prototype.forEach,
  setSize: getterOf(Set.prototype, 'size'),
  setForEach: Set.prototype.forEach,
  typedTag: getterOf(typedArrayProto, Symbol.toStringTag),
  typedLength: getterOf(typedArrayProto, 'length'),
  bufferLength: getterOf(ArrayBuffer.prototype, 'byteLength'),
  sharedBufferLength: getterOf(sharedBufferProto, 'byteLength'),
  viewLength: getterOf(DataView.prototype, 'byteLength'),
  viewOffset: getterOf(DataView.prototype, 'byteOffset'),
  viewBuffer: getterOf(DataView.prototype, 'buffer'),
  fnToString: Function.prototype.toString,
  symbolToString: Symbol.prototype.toString,
  Uint8Array,
} as const;

export const protos = {
  error: Error.prototype,
  promise: Promise.prototype,
  asyncFunction: getPrototypeOf(async function () {}),
  generatorFunction: getPrototypeOf(function* () {}),
  asyncGeneratorFunction: getPrototypeOf(async function* () {}),
} as const;

// Engines put `stack` on the instance (V8: data property or native accessor) or on Error.prototype
// (SpiderMonkey: accessor). Those native getters are safe to call; a learner's getter is not.
const trustedStackGetters = new Set<unknown>(
  [ownDescriptor(Error.prototype, 'stack')?.get, ownDescriptor(new Error(), 'stack')?.get].filter(
    (get) => typeof get === 'function',
  ),
);

/** Whether `proto` appears in the prototype chain of `value` (proxies may throw from their trap). */
export function inherits(value: object, proto: object): boolean {
  let current = getPrototypeOf(value);
  for (let i = 0; current !== null && i < 1000; i++) {
    if (current === proto) return true;
    current = getPrototypeOf(current);
  }
  return false;
}

/**
 * Looks `key` up along the prototype chain and returns its value only when it is a data property
 * (or the engine's own `stack` accessor); `undefined` for accessors and missing properties.
 */
export function readData(value: object, key: PropertyKey): unknown {
  let current: object | null = value;
  for (let i = 0; current !== null && i < 1000; i++) {
    const descriptor = ownDescriptor(current, key);
    if (descriptor !== undefined) {
      if ('value' in descriptor) return descriptor.value;
      return trustedStackGetters.has(descriptor.get) ? apply(descriptor.get as Getter, value, []) : undefined;
    }
    current = getPrototypeOf(current);
  }
  return undefined;
}

/** A function's own `name` if it is a plain string (a static `name` getter is not called). */
export function functionName(fn: object): string {
  const name: unknown = ownDescriptor(fn, 'name')?.value;
  return typeof name === 'string' ? name : '';
}

/**
 * The name DevTools shows before an object: its nearest constructor's name, "Object" when there is
 * none to be found, null for a null prototype.
 */
export function constructorName(value: object): string | null {
  const proto = getPrototypeOf(value);
  if (proto === null) return null;
  let current: object | null = proto;
  for (let i = 0; current !== null && i < 1000; i++) {
    const ctor: unknown = ownDescriptor(current, 'constructor')?.value;
    if (typeof ctor === 'function') return functionName(ctor) || 'Object';
    current = getPrototypeOf(current);
  }
  return 'Object';
}

/** A short, safe description of anything thrown while reading a value. */
export function describeThrown(thrown: unknown): string {
  try {
    if (typeof thrown === 'object' && thrown !== null) {
      const name = readData(thrown, 'name');
      const message = readData(thrown, 'message');
      const text = [name, message].filter((part) => typeof part === 'string' && part !== '').join(': ');
      return text || 'unknown error';
    }
    return typeof thrown === 'symbol' ? String(brand(intrinsic.symbolToString, thrown)) : String(thrown);
  } catch {
    return 'unknown error';
  }
}
