import type { EncodedValue } from '../../schemas/console-value';
import { encode } from './serialize';
import { brand, intrinsic } from './serialize-intrinsics';
import { copyItems, pushItem, stringCharAt, stringIncludes } from './intrinsics';

/** A console call's arguments, encoded, after applying format specifiers. */
export interface FormattedArgs {
  args: EncodedValue[];
  /** How many leading `args` came from the format string (see ConsoleEntry.formatParts); 0 if none. */
  parts: number;
}

/** More arguments than any real lesson logs; the rest are counted so the page can say so. */
const MAX_ARGS = 100;

/**
 * Applies browser format specifiers (%s %d %i %f %o %O %c %%) in a leading string, the way the
 * WHATWG Console "Formatter" does: only when there is a string followed by more arguments; a
 * specifier with no argument left stays as written; %c consumes its CSS argument and shows nothing.
 */
export function formatArgs(data: readonly unknown[]): FormattedArgs {
  const first = data[0];
  if (typeof first !== 'string' || data.length < 2 || !stringIncludes(first, '%')) {
    return { args: encodeAll(data), parts: 0 };
  }
  const rest = copyItems(data, 1);
  const pieces: EncodedValue[] = [];
  let text = '';
  let next = 0;
  const flush = (): void => {
    if (text !== '') pushItem(pieces, encode(text));
    text = '';
  };
  for (let index = 0; index < first.length; index++) {
    const char = stringCharAt(first, index);
    const spec = stringCharAt(first, index + 1);
    if (char !== '%' || spec === '') {
      text += char;
      continue;
    }
    if (spec === '%') {
      text += '%';
      index++;
      continue;
    }
    if (!stringIncludes('sdifoOc', spec) || next >= rest.length) {
      text += char;
      continue;
    }
    const value = rest[next++];
    index++;
    if (spec === 'c') continue;
    const inline = spec === 'd' || spec === 'i' ? integerText(value) : spec === 'f' ? floatText(value) : null;
    if (inline !== null) {
      text += inline;
    } else if (spec === 's' && isPrimitive(value)) {
      text += primitiveText(value);
    } else {
      flush();
      pushItem(pieces, encode(value));
    }
  }
  flush();
  const parts = pieces.length;
  const tail = encodeAll(copyItems(rest, next));
  for (let i = 0; i < tail.length; i++) pushItem(pieces, tail[i] as EncodedValue);
  return { args: pieces, parts };
}

/** Encodes each argument, at most MAX_ARGS of them. */
export function encodeAll(data: readonly unknown[]): EncodedValue[] {
  const args: EncodedValue[] = [];
  for (let i = 0; i < data.length && i < MAX_ARGS; i++) pushItem(args, encode(data[i]));
  if (data.length > MAX_ARGS) pushItem(args, encode(`… ${String(data.length - MAX_ARGS)} more arguments`));
  return args;
}

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

function numberText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/** How %s shows a primitive: like String(), but a symbol or BigInt as DevTools prints them. */
export function primitiveText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'bigint') return `${String(value)}n`;
  if (typeof value === 'symbol') return String(brand(intrinsic.symbolToString, value));
  return String(value);
}

// %d and %i: objects become NaN rather than running their valueOf/toString.
function integerText(value: unknown): string {
  if (typeof value === 'number') return numberText(Math.trunc(value));
  if (typeof value === 'bigint') return `${String(value)}n`;
  if (typeof value === 'string') return numberText(Number.parseInt(value, 10));
  return 'NaN';
}

function floatText(value: unknown): string {
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return numberText(Number.parseFloat(value));
  return 'NaN';
}
