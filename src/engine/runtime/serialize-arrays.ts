// Arrays, typed arrays and binary buffers for the encoder. This module and serialize.ts import each
// other (arrays hold values, values may be arrays); only functions cross, so load order is irrelevant.
import type { EncodedValue } from '../../schemas/console-value';
import { NOT, brand, constructorName, intrinsic, ownDescriptor, ownKeys } from './serialize-intrinsics';
import { type EncodeState, describedValue, exhausted } from './serialize';
import { pushItem } from './intrinsics';

/** Beyond this many holes in a row, find the next element from the key list instead of probing. */
const HOLE_PROBE = 1024;

/** Arrays and array subclasses, with runs of holes folded into `{t:'hole', count}`. */
export function encodeArray(array: unknown[], id: number, depth: number, state: EncodeState): EncodedValue {
  const lengthValue: unknown = ownDescriptor(array, 'length')?.value;
  const length = typeof lengthValue === 'number' ? lengthValue : 0;
  const items: EncodedValue[] = [];
  let index = 0;
  while (index < length && items.length < state.limits.maxItems && !exhausted(state)) {
    const descriptor = ownDescriptor(array, index);
    if (descriptor !== undefined) {
      pushItem(items, describedValue(descriptor, depth, state));
      index++;
      continue;
    }
    const next = nextElement(array, index + 1, length);
    state.nodes++;
    pushItem(items, { t: 'hole', count: next - index });
    index = next;
  }
  return { t: 'array', id, className: constructorName(array) ?? 'Array', length, items, more: length - index };
}

function nextElement(array: unknown[], from: number, length: number): number {
  const probeEnd = Math.min(length, from + HOLE_PROBE);
  for (let index = from; index < probeEnd; index++) {
    if (ownDescriptor(array, index) !== undefined) return index;
  }
  if (probeEnd === length) return length;
  // `new Array(1e9)` or `a[1e9] = 1`: probing a billion indices would hang the run.
  let next = length;
  for (const key of ownKeys(array)) {
    if (typeof key !== 'string') continue;
    const index = Number(key);
    if (Number.isInteger(index) && index >= probeEnd && index < next && String(index) === key) next = index;
  }
  return next;
}

function elementText(element: unknown): string {
  if (typeof element === 'bigint') return `${String(element)}n`;
  return Object.is(element, -0) ? '-0' : String(element);
}

/** Int8Array … BigUint64Array and their subclasses: elements as text. */
export function encodeTyped(value: object, id: number, state: EncodeState): EncodedValue | null {
  const tag = brand(intrinsic.typedTag, value);
  if (typeof tag !== 'string') return null;
  const lengthValue = brand(intrinsic.typedLength, value);
  const length = typeof lengthValue === 'number' ? lengthValue : 0;
  const shown = Math.min(length, state.limits.maxItems);
  const items: string[] = [];
  // Indexing a real typed array never reaches a getter: integer keys are not looked up on prototypes.
  const elements = value as ArrayLike<unknown>;
  for (let index = 0; index < shown; index++) pushItem(items, elementText(elements[index]));
  state.nodes += shown;
  return { t: 'typed', id, className: constructorName(value) ?? tag, length, items, more: length - shown };
}

/** ArrayBuffer, SharedArrayBuffer and DataView: their bytes in hex, like DevTools' Uint8 contents. */
export function encodeBuffer(value: object, id: number, state: EncodeState): EncodedValue | null {
  let buffer: unknown = value;
  let offset = 0;
  let length = brand(intrinsic.bufferLength, value);
  if (length === NOT) length = brand(intrinsic.sharedBufferLength, value);
  if (length === NOT) {
    length = brand(intrinsic.viewLength, value);
    if (length === NOT) return null;
    buffer = brand(intrinsic.viewBuffer, value);
    const viewOffset = brand(intrinsic.viewOffset, value);
    offset = typeof viewOffset === 'number' ? viewOffset : 0;
  }
  const byteLength = typeof length === 'number' ? length : 0;
  const shown = Math.min(byteLength, state.limits.maxItems);
  const items: string[] = [];
  if (shown > 0) {
    const bytes = new intrinsic.Uint8Array(buffer as ArrayBuffer, offset, shown);
    for (let index = 0; index < shown; index++) pushItem(items, (bytes[index] ?? 0).toString(16).padStart(2, '0'));
  }
  state.nodes += shown;
  const className = constructorName(value) ?? 'ArrayBuffer';
  return { t: 'typed', id, className, length: byteLength, items, more: byteLength - shown };
}
