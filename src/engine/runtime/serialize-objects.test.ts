import { describe, expect, it } from 'vitest';
import type { EncodedValue } from '../../schemas/console-value';
import { encode } from './serialize';

/** Narrows an encoded value to one variant, failing the test if it is another. */
function as<T extends EncodedValue['t']>(value: EncodedValue | undefined, t: T): Extract<EncodedValue, { t: T }> {
  expect(value?.t).toBe(t);
  return value as Extract<EncodedValue, { t: T }>;
}

describe('encode: objects', () => {
  it('encodes plain objects, null-prototype objects and class instances', () => {
    expect(encode({ a: 1 })).toEqual({
      t: 'object',
      id: 1,
      className: 'Object',
      entries: [{ key: 'a', value: { t: 'number', v: '1' } }],
      more: 0,
    });
    const bare = Object.create(null) as Record<string, number>;
    bare['x'] = 1;
    expect(encode(bare)).toMatchObject({ t: 'object', className: null });
    class Point {
      constructor(
        public x: number,
        public y: number,
      ) {}
    }
    expect(encode(new Point(1, 2))).toMatchObject({
      className: 'Point',
      entries: [{ key: 'x' }, { key: 'y' }],
    });
  });

  it('lists enumerable symbol keys and skips non-enumerable properties', () => {
    const value = { [Symbol('tag')]: 'v' };
    Object.defineProperty(value, 'hidden', { value: 1, enumerable: false });
    expect(as(encode(value), 'object').entries).toEqual([
      { key: 'Symbol(tag)', value: { t: 'string', v: 'v' }, note: 'symbol' },
    ]);
  });

  it('never invokes getters; it marks them', () => {
    let calls = 0;
    const value = {
      get lazy(): number {
        calls++;
        return 1;
      },
      set both(_: number) {},
      get both(): number {
        calls++;
        return 2;
      },
    };
    expect(as(encode(value), 'object').entries).toEqual([
      { key: 'lazy', value: { t: 'accessor', get: true, set: false }, note: 'getter' },
      { key: 'both', value: { t: 'accessor', get: true, set: true }, note: 'getter' },
    ]);
    expect(calls).toBe(0);
  });

  it('encodes Map and Set with sizes, and cuts them at maxItems', () => {
    expect(encode(new Map([['a', 1]]))).toEqual({
      t: 'map',
      id: 1,
      size: 1,
      entries: [
        [
          { t: 'string', v: 'a' },
          { t: 'number', v: '1' },
        ],
      ],
      more: 0,
    });
    expect(encode(new Set([1]))).toEqual({ t: 'set', id: 1, size: 1, items: [{ t: 'number', v: '1' }], more: 0 });
    const big = new Set(Array.from({ length: 150 }, (_, i) => i));
    expect(as(encode(big), 'set')).toMatchObject({ size: 150, more: 50 });
    expect(as(encode(big, { maxItems: 2 }), 'set').items).toHaveLength(2);
  });

  it('does not use forEach methods patched by learner code', () => {
    const original = Map.prototype.forEach;
    Map.prototype.forEach = () => {
      throw new Error('patched');
    };
    try {
      expect(as(encode(new Map([[1, 2]])), 'map').entries).toHaveLength(1);
    } finally {
      Map.prototype.forEach = original;
    }
  });
});

describe('encode: references and limits', () => {
  it('points circular references back at their container', () => {
    const node: { self?: unknown; list: unknown[] } = { list: [] };
    node.self = node;
    node.list.push(node);
    const [list, self] = as(encode(node), 'object').entries;
    expect(self).toEqual({ key: 'self', value: { t: 'ref', id: 1, circular: true } });
    expect(as(list?.value, 'array').items[0]).toEqual({ t: 'ref', id: 1, circular: true });
  });

  it('handles circular Map and Set', () => {
    const map = new Map<string, unknown>();
    map.set('me', map);
    expect(as(encode(map), 'map').entries[0]?.[1]).toEqual({ t: 'ref', id: 1, circular: true });
    const set = new Set<unknown>();
    set.add(set);
    expect(as(encode(set), 'set').items[0]).toEqual({ t: 'ref', id: 1, circular: true });
  });

  it('marks repeated, non-circular references', () => {
    const shared = { n: 1 };
    const value = as(encode([shared, shared]), 'array');
    expect(value.items[0]).toMatchObject({ t: 'object', id: 2 });
    expect(value.items[1]).toEqual({ t: 'ref', id: 2, circular: false });
  });

  it('replaces containers beyond maxDepth with a deep marker', () => {
    const nested = { a: { b: { c: { d: { e: { f: 1 } } } } } };
    let current: EncodedValue | undefined = encode(nested);
    for (let depth = 0; depth < 5; depth++) current = as(current, 'object').entries[0]?.value;
    expect(current).toEqual({ t: 'deep', className: 'Object', kind: 'object' });
    expect(as(encode([[[1]]], { maxDepth: 1 }), 'array').items[0]).toMatchObject({
      t: 'array',
      items: [{ t: 'deep', className: 'Array', kind: 'array' }],
    });
    expect(as(encode([new Map()], { maxDepth: 0 }), 'array').items[0]).toEqual({
      t: 'deep',
      className: 'Map',
      kind: 'map',
    });
  });

  it('stops at the node budget and counts what was left out', () => {
    const wide = Array.from({ length: 50 }, () => Array.from({ length: 50 }, (_, i) => i));
    const value = as(encode(wide, { maxNodes: 120 }), 'array');
    expect(value.more).toBeGreaterThan(0);
    const total = value.items.reduce((sum, item) => sum + (item.t === 'array' ? item.items.length + 1 : 1), 1);
    expect(total).toBeLessThanOrEqual(121);
  });
});

describe('encode: hostile values never throw', () => {
  it('reports proxies whose traps throw as unreadable', () => {
    const boom = (): never => {
      throw new Error('trap!');
    };
    expect(encode(new Proxy({}, { ownKeys: boom }))).toEqual({ t: 'unreadable', reason: 'Error: trap!' });
    expect(encode(new Proxy({}, { getPrototypeOf: boom }))).toEqual({ t: 'unreadable', reason: 'Error: trap!' });
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(encode(revocable.proxy)).toMatchObject({ t: 'unreadable' });
    expect(encode([new Proxy({}, { ownKeys: boom })])).toMatchObject({ t: 'array', items: [{ t: 'unreadable' }] });
  });

  it('does not trigger a throwing get trap', () => {
    let gets = 0;
    const proxy = new Proxy(
      { a: 1 },
      {
        get() {
          gets++;
          throw new Error('get!');
        },
      },
    );
    expect(encode(proxy)).toMatchObject({ t: 'object', entries: [{ key: 'a', value: { t: 'number', v: '1' } }] });
    expect(gets).toBe(0);
  });

  it('marks a property whose descriptor trap throws', () => {
    const proxy = new Proxy(
      { a: 1 },
      {
        getOwnPropertyDescriptor() {
          throw 'nope';
        },
      },
    );
    expect(as(encode(proxy), 'object').entries).toEqual([{ key: 'a', value: { t: 'unreadable', reason: 'nope' } }]);
  });

  it('survives error objects with throwing getters', () => {
    const error = new Error('m');
    Object.defineProperty(error, 'message', {
      get() {
        throw new Error('no');
      },
    });
    expect(encode(error)).toMatchObject({ t: 'error', message: '' });
  });

  it('ignores nonsense limits', () => {
    expect(encode([1], { maxItems: NaN, maxDepth: -1 })).toMatchObject({ t: 'array', items: [{ t: 'number' }] });
  });
});
