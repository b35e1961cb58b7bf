import type { EncodedEntry, EncodedValue } from '../../schemas/console-value';
import {
  NOT,
  brand,
  constructorName,
  describeThrown,
  inherits,
  intrinsic,
  ownDescriptor,
  protos,
  readData,
} from './serialize-intrinsics';
import { encodeArray, encodeBuffer, encodeTyped } from './serialize-arrays';
import { encodeFunction, encodeLeafObject } from './serialize-leaves';
import { mapGet, mapSet, objectKeys, pushItem, setAdd, setDelete, setHas } from './intrinsics';

/** How much of a value one `encode` call may copy. Every limit keeps the message to the page small. */
export interface EncodeLimits {
  /** Containers nested deeper than this become `{t:'deep'}`; the value passed in is at depth 0. */
  maxDepth: number;
  /** Items, entries or properties shown per container; the rest are counted in `more`. */
  maxItems: number;
  /** Longer strings are cut and the dropped characters counted in `cut`. */
  maxStringLength: number;
  /** Characters of all strings together, so 100 long strings cannot make a huge message. */
  maxTotalStringLength: number;
  /** Encoded values in total; once spent, containers stop and count the rest in `more`. */
  maxNodes: number;
}

/** Defaults close to what DevTools previews show, with room for teaching examples. */
export const DEFAULT_ENCODE_LIMITS: Readonly<EncodeLimits> = Object.freeze({
  maxDepth: 4,
  maxItems: 100,
  maxStringLength: 10_000,
  maxTotalStringLength: 100_000,
  maxNodes: 5_000,
});

/** What one `encode` call remembers: its limits, budgets spent, and the containers already shown. */
export interface EncodeState {
  readonly limits: Readonly<EncodeLimits>;
  nodes: number;
  chars: number;
  nextId: number;
  readonly seen: Map<object, number>;
  readonly ancestors: Set<object>;
}

/**
 * Copies `value` into a bounded, cloneable tree describing it as it is right now. Never throws and
 * never calls learner code except proxy traps (getters, `toString`, `toJSON` are not called).
 */
export function encode(value: unknown, limits?: Partial<EncodeLimits>): EncodedValue {
  try {
    const state: EncodeState = {
      limits: sanitize(limits),
      nodes: 0,
      chars: 0,
      nextId: 1,
      seen: new Map(),
      ancestors: new Set(),
    };
    return encodeValue(value, 0, state);
  } catch (thrown) {
    return { t: 'unreadable', reason: describeThrown(thrown) };
  }
}

function sanitize(limits: Partial<EncodeLimits> | undefined): Readonly<EncodeLimits> {
  // Every console argument is encoded with the defaults; they are frozen, so share them.
  if (typeof limits !== 'object' || limits === null) return DEFAULT_ENCODE_LIMITS;
  const result = { ...DEFAULT_ENCODE_LIMITS };
  for (const key of objectKeys(result) as (keyof EncodeLimits)[]) {
    const given = limits[key];
    if (typeof given === 'number' && given >= 0) result[key] = Math.floor(given);
  }
  return result;
}

/** Whether the node budget is spent, so containers should stop adding children. */
export function exhausted(state: EncodeState): boolean {
  return state.nodes >= state.limits.maxNodes;
}

/** Encodes one value at `depth`. Never throws: what cannot be read becomes `{t:'unreadable'}`. */
export function encodeValue(value: unknown, depth: number, state: EncodeState): EncodedValue {
  state.nodes++;
  switch (typeof value) {
    case 'undefined':
      return { t: 'undefined' };
    case 'boolean':
      return { t: 'boolean', v: value };
    case 'number':
      return { t: 'number', v: Object.is(value, -0) ? '-0' : String(value) };
    case 'bigint':
      return { t: 'bigint', v: String(value) };
    case 'string':
      return encodeString(value, state);
    case 'symbol':
      return { t: 'symbol', v: String(brand(intrinsic.symbolToString, value)) };
  }
  if (value === null) return { t: 'null' };
  try {
    return typeof value === 'object' || typeof value === 'function'
      ? encodeObject(value, depth, state)
      : { t: 'unreadable', reason: `unknown type ${typeof value}` };
  } catch (thrown) {
    return { t: 'unreadable', reason: describeThrown(thrown) };
  }
}

function encodeString(value: string, state: EncodeState): Extract<EncodedValue, { t: 'string' }> {
  const { maxStringLength, maxTotalStringLength } = state.limits;
  let keep = Math.min(value.length, maxStringLength, Math.max(0, maxTotalStringLength - state.chars));
  // Do not split a surrogate pair: half an emoji would render as a replacement character.
  if (keep < value.length && keep > 0 && /[\uD800-\uDBFF]/.test(value.charAt(keep - 1))) keep--;
  state.chars += keep;
  return keep < value.length
    ? { t: 'string', v: value.slice(0, keep), cut: value.length - keep }
    : { t: 'string', v: value };
}

function encodeObject(value: object, depth: number, state: EncodeState): EncodedValue {
  if (typeof value === 'function') return encodeFunction(value);
  const isArray = Array.isArray(value);
  if (!isArray) {
    const leaf = encodeLeafObject(value);
    if (leaf !== null) return leaf;
  }
  const seenId = mapGet(state.seen, value);
  if (seenId !== undefined) return { t: 'ref', id: seenId, circular: setHas(state.ancestors, value) };
  const mapSize = brand(intrinsic.mapSize, value);
  const setSize = brand(intrinsic.setSize, value);
  if (depth > state.limits.maxDepth) {
    const kind = isArray ? 'array' : mapSize !== NOT ? 'map' : setSize !== NOT ? 'set' : 'object';
    return { t: 'deep', className: constructorName(value), kind };
  }
  const id = state.nextId++;
  mapSet(state.seen, value, id);
  setAdd(state.ancestors, value);
  try {
    if (isArray) return encodeArray(value, id, depth, state);
    if (typeof mapSize === 'number') return encodeMap(value, id, mapSize, depth, state);
    if (typeof setSize === 'number') return encodeSet(value, id, setSize, depth, state);
    if (inherits(value, protos.error)) return encodeError(value, id, depth, state);
    return encodeTyped(value, id, state) ?? encodeBuffer(value, id, state) ?? encodePlain(value, id, depth, state);
  } finally {
    setDelete(state.ancestors, value);
  }
}

function encodeMap(map: object, id: number, size: number, depth: number, state: EncodeState): EncodedValue {
  const entries: [EncodedValue, EncodedValue][] = [];
  eachUntil(intrinsic.mapForEach, map, state, (item, key) => {
    pushItem(entries, [encodeValue(key, depth + 1, state), encodeValue(item, depth + 1, state)]);
    return entries.length;
  });
  return { t: 'map', id, size, entries, more: Math.max(0, size - entries.length) };
}

function encodeSet(set: object, id: number, size: number, depth: number, state: EncodeState): EncodedValue {
  const items: EncodedValue[] = [];
  eachUntil(intrinsic.setForEach, set, state, (item) => {
    pushItem(items, encodeValue(item, depth + 1, state));
    return items.length;
  });
  return { t: 'set', id, size, items, more: Math.max(0, size - items.length) };
}

const STOP = Symbol('stop');

/** Runs an intrinsic forEach, leaving early (by throwing) once enough items were taken. */
function eachUntil(
  forEach: (this: never, callback: (value: unknown, key: unknown) => void) => void,
  self: object,
  state: EncodeState,
  take: (value: unknown, key: unknown) => number,
): void {
  let taken = 0;
  try {
    Reflect.apply(forEach, self, [
      (value: unknown, key: unknown) => {
        if (taken >= state.limits.maxItems || exhausted(state)) throw STOP;
        taken = take(value, key);
      },
    ]);
  } catch (thrown) {
    if (thrown !== STOP) throw thrown;
  }
}

function encodeError(error: object, id: number, depth: number, state: EncodeState): EncodedValue {
  const name = tryReadData(error, 'name');
  const message = tryReadData(error, 'message');
  const stack = tryReadData(error, 'stack');
  const encoded: EncodedValue = {
    t: 'error',
    id,
    name: typeof name === 'string' && name !== '' ? name : (constructorName(error) ?? 'Error'),
    message: typeof message === 'string' ? message : '',
    stack: typeof stack === 'string' ? encodeString(stack, state).v : null,
  };
  const cause = ownProperty(error, 'cause', depth, state);
  if (cause !== null) encoded.cause = cause;
  const errors = ownProperty(error, 'errors', depth, state);
  if (errors !== null) encoded.errors = errors;
  return encoded;
}

// V8 builds `stack` lazily and reads `name` and `message` with ordinary property access to do so,
// so even the engine's own getter can reach a learner's throwing getter.
function tryReadData(value: object, key: string): unknown {
  try {
    return readData(value, key);
  } catch {
    return undefined;
  }
}

function ownProperty(value: object, key: string, depth: number, state: EncodeState): EncodedValue | null {
  const descriptor = ownDescriptor(value, key);
  return descriptor === undefined ? null : describedValue(descriptor, depth, state);
}

/** A property's value, or an accessor marker: getters are never called. */
export function describedValue(descriptor: PropertyDescriptor, depth: number, state: EncodeState): EncodedValue {
  if ('value' in descriptor) return encodeValue(descriptor.value, depth + 1, state);
  state.nodes++;
  return { t: 'accessor', get: descriptor.get !== undefined, set: descriptor.set !== undefined };
}

function encodePlain(value: object, id: number, depth: number, state: EncodeState): EncodedValue {
  const className = constructorName(value);
  const keys = Reflect.ownKeys(value);
  const entries: EncodedEntry[] = [];
  let index = 0;
  for (; index < keys.length && entries.length < state.limits.maxItems && !exhausted(state); index++) {
    const key = keys[index];
    if (key === undefined) continue;
    const entry = encodeEntry(value, key, depth, state);
    if (entry !== null) pushItem(entries, entry);
  }
  return { t: 'object', id, className, entries, more: countEnumerable(value, keys, index) };
}

function encodeEntry(value: object, key: string | symbol, depth: number, state: EncodeState): EncodedEntry | null {
  const name = typeof key === 'symbol' ? String(brand(intrinsic.symbolToString, key)) : key;
  let descriptor: PropertyDescriptor | undefined;
  try {
    descriptor = ownDescriptor(value, key);
  } catch (thrown) {
    return { key: name, value: { t: 'unreadable', reason: describeThrown(thrown) } };
  }
  if (descriptor === undefined || descriptor.enumerable !== true) return null;
  const entry: EncodedEntry = { key: name, value: describedValue(descriptor, depth, state) };
  if (typeof key === 'symbol') entry.note = 'symbol';
  else if (!('value' in descriptor)) entry.note = 'getter';
  return entry;
}

/** Enumerable keys not shown; exact for up to 10 000 keys, an estimate beyond (checking is slow). */
function countEnumerable(value: object, keys: (string | symbol)[], from: number): number {
  const rest = keys.length - from;
  if (rest <= 0 || rest > 10_000) return Math.max(0, rest);
  let count = 0;
  for (let i = from; i < keys.length; i++) {
    const key = keys[i];
    try {
      if (key !== undefined && ownDescriptor(value, key)?.enumerable === true) count++;
    } catch {
      count++;
    }
  }
  return count;
}
