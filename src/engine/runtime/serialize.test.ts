import { describe, expect, it } from 'vitest';
import type { EncodedValue } from '../../schemas/console-value';
import { encode } from './serialize';

/** Narrows an encoded value to one variant, failing the test if it is another. */
function as<T extends EncodedValue['t']>(value: EncodedValue | undefined, t: T): Extract<EncodedValue, { t: T }> {
  expect(value?.t).toBe(t);
  return value as Extract<EncodedValue, { t: T }>;
}

describe('encode: primitives', () => {
  it('keeps numbers as text so -0, NaN and ±Infinity survive', () => {
    expect(encode(-0)).toEqual({ t: 'number', v: '-0' });
    expect(encode(0)).toEqual({ t: 'number', v: '0' });
    expect(encode(NaN)).toEqual({ t: 'number', v: 'NaN' });
    expect(encode(Infinity)).toEqual({ t: 'number', v: 'Infinity' });
    expect(encode(-Infinity)).toEqual({ t: 'number', v: '-Infinity' });
    expect(encode(1.5)).toEqual({ t: 'number', v: '1.5' });
  });

  it('encodes the other primitives', () => {
    expect(encode(undefined)).toEqual({ t: 'undefined' });
    expect(encode(null)).toEqual({ t: 'null' });
    expect(encode(true)).toEqual({ t: 'boolean', v: true });
    expect(encode(12345678901234567890n)).toEqual({ t: 'bigint', v: '12345678901234567890' });
    expect(encode(Symbol('id'))).toEqual({ t: 'symbol', v: 'Symbol(id)' });
    expect(encode(Symbol())).toEqual({ t: 'symbol', v: 'Symbol()' });
    expect(encode('hi')).toEqual({ t: 'string', v: 'hi' });
  });

  it('cuts long strings and counts what was dropped', () => {
    expect(encode('x'.repeat(10_050))).toEqual({ t: 'string', v: 'x'.repeat(10_000), cut: 50 });
    expect(encode('abcdef', { maxStringLength: 4 })).toEqual({ t: 'string', v: 'abcd', cut: 2 });
  });

  it('does not split a surrogate pair when cutting', () => {
    expect(encode('ab😀c', { maxStringLength: 3 })).toEqual({ t: 'string', v: 'ab', cut: 3 });
  });

  it('bounds the characters of all strings together', () => {
    const value = as(encode(['a'.repeat(8), 'b'.repeat(8)], { maxTotalStringLength: 10 }), 'array');
    expect(value.items).toEqual([
      { t: 'string', v: 'a'.repeat(8) },
      { t: 'string', v: 'bb', cut: 6 },
    ]);
  });
});

describe('encode: functions, dates, regular expressions, promises', () => {
  it('names functions and tells classes, async and generator functions apart', () => {
    function plain() {}
    class Point {
      norm(): number {
        return 0;
      }
    }
    expect(encode(plain)).toEqual({ t: 'function', name: 'plain', isClass: false });
    expect(encode(Point)).toEqual({ t: 'function', name: 'Point', isClass: true });
    expect(encode(() => 1)).toEqual({ t: 'function', name: '', isClass: false });
    expect(encode(async function load() {})).toMatchObject({ name: 'load', flavor: 'async' });
    expect(encode(function* gen() {})).toMatchObject({ flavor: 'generator' });
    expect(encode(async function* agen() {})).toMatchObject({ flavor: 'async-generator' });
  });

  it('does not call a static name getter', () => {
    let called = false;
    // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- a static getter is the case under test
    class Sneaky {
      static get name(): string {
        called = true;
        return 'x';
      }
    }
    expect(encode(Sneaky)).toEqual({ t: 'function', name: '', isClass: true });
    expect(called).toBe(false);
  });

  it('encodes valid and invalid dates and regular expressions', () => {
    expect(encode(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)))).toEqual({ t: 'date', v: '2024-01-02T03:04:05.000Z' });
    expect(encode(new Date(NaN))).toEqual({ t: 'date', v: 'Invalid Date' });
    expect(encode(/a+b/gi)).toEqual({ t: 'regexp', v: '/a+b/gi' });
  });

  it('shows promises without attaching handlers', () => {
    const rejected = Promise.reject(new Error('x'));
    expect(encode(rejected)).toEqual({ t: 'promise', state: 'unknown' });
    expect(encode(Promise.resolve(1))).toEqual({ t: 'promise', state: 'unknown' });
    rejected.catch(() => undefined);
  });
});

describe('encode: arrays', () => {
  it('encodes arrays with their length and class', () => {
    expect(encode([1, 'a'])).toEqual({
      t: 'array',
      id: 1,
      className: 'Array',
      length: 2,
      items: [
        { t: 'number', v: '1' },
        { t: 'string', v: 'a' },
      ],
      more: 0,
    });
    class Stack extends Array<number> {}
    expect(encode(Stack.from([1]))).toMatchObject({ t: 'array', className: 'Stack', length: 1 });
  });

  it('folds holes of sparse arrays into runs', () => {
    const sparse = [1, , , 4];
    expect(as(encode(sparse), 'array').items).toEqual([
      { t: 'number', v: '1' },
      { t: 'hole', count: 2 },
      { t: 'number', v: '4' },
    ]);
    expect(as(encode(new Array(3)), 'array').items).toEqual([{ t: 'hole', count: 3 }]);
  });

  it('does not probe a billion indices of a very sparse array', () => {
    const huge: number[] = [];
    huge[1_000_000_000] = 1;
    const value = as(encode(huge), 'array');
    expect(value.length).toBe(1_000_000_001);
    expect(value.items).toEqual([
      { t: 'hole', count: 1_000_000_000 },
      { t: 'number', v: '1' },
    ]);
  });

  it('shows at most maxItems items and counts the rest', () => {
    const value = as(encode(Array.from({ length: 250 }, (_, i) => i)), 'array');
    expect(value.items).toHaveLength(100);
    expect(value.more).toBe(150);
  });

  it('encodes typed arrays, buffers and data views', () => {
    expect(encode(new Float64Array([1.5, -0, NaN]))).toEqual({
      t: 'typed',
      id: 1,
      className: 'Float64Array',
      length: 3,
      items: ['1.5', '-0', 'NaN'],
      more: 0,
    });
    expect(as(encode(new BigInt64Array([5n])), 'typed').items).toEqual(['5n']);
    expect(as(encode(new Uint8Array(300)), 'typed')).toMatchObject({ length: 300, more: 200 });
    const buffer = new Uint8Array([0, 15, 255]).buffer;
    expect(encode(buffer)).toMatchObject({
      t: 'typed',
      className: 'ArrayBuffer',
      length: 3,
      items: ['00', '0f', 'ff'],
    });
    expect(encode(new DataView(buffer, 1, 2))).toMatchObject({ className: 'DataView', length: 2, items: ['0f', 'ff'] });
  });
});

describe('encode: errors', () => {
  it('keeps name, message, stack and the cause chain', () => {
    const error = new TypeError('outer', { cause: new RangeError('inner') });
    const value = as(encode(error), 'error');
    expect(value).toMatchObject({ id: 1, name: 'TypeError', message: 'outer' });
    expect(value.stack).toContain('outer');
    expect(as(value.cause, 'error')).toMatchObject({ name: 'RangeError', message: 'inner' });
    expect(encode(new Error('x', { cause: 'why' }))).toMatchObject({ cause: { t: 'string', v: 'why' } });
  });

  it('names subclasses and encodes AggregateError errors', () => {
    class HttpError extends Error {}
    expect(encode(new HttpError('404'))).toMatchObject({ name: 'Error', message: '404' });
    class NamedError extends Error {
      override name = 'NamedError';
    }
    expect(encode(new NamedError('x'))).toMatchObject({ name: 'NamedError' });
    const aggregate = as(encode(new AggregateError([new Error('a'), 'b'], 'all failed')), 'error');
    expect(aggregate).toMatchObject({ name: 'AggregateError', message: 'all failed' });
    expect(as(aggregate.errors, 'array').items).toMatchObject([{ t: 'error', message: 'a' }, { t: 'string' }]);
  });

  it('shows a circular cause as a reference', () => {
    const error = new Error('loop');
    error.cause = error;
    expect(as(encode(error), 'error').cause).toEqual({ t: 'ref', id: 1, circular: true });
  });
});
