import { beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleEntry, EncodedValue } from '../../schemas/console-value';
import { HOOKED_METHODS, installConsole } from './console-hook';

let entries: ConsoleEntry[];
let now: number;
let fake: Console;

/** A fresh object standing in for the worker's console, so the test runner's console stays intact. */
function makeConsole(): Console {
  return Object.fromEntries(HOOKED_METHODS.map((name) => [name, () => undefined])) as unknown as Console;
}

const str = (v: string): EncodedValue => ({ t: 'string', v });
const num = (v: string): EncodedValue => ({ t: 'number', v });

beforeEach(() => {
  entries = [];
  now = 0;
  fake = makeConsole();
  installConsole(
    fake,
    (entry) => entries.push(entry),
    () => now,
  );
});

describe('installConsole: basic methods', () => {
  it('maps methods to kinds', () => {
    fake.log('l');
    fake.info('i');
    fake.warn('w');
    fake.error('e');
    fake.debug('d');
    fake.dir({ a: 1 }, { depth: 0 });
    fake.dirxml('x');
    expect(entries.map((entry) => [entry.method, entry.kind])).toEqual([
      ['log', 'log'],
      ['info', 'info'],
      ['warn', 'warn'],
      ['error', 'error'],
      ['debug', 'debug'],
      ['dir', 'log'],
      ['dirxml', 'log'],
    ]);
    expect(entries[5]?.args).toHaveLength(1);
  });

  it('encodes every argument at call time', () => {
    const value = { n: 1 };
    fake.log('value', value, 2);
    value.n = 2;
    expect(entries[0]).toEqual({
      kind: 'log',
      method: 'log',
      time: 0,
      depth: 0,
      args: [
        str('value'),
        { t: 'object', id: 1, className: 'Object', entries: [{ key: 'n', value: num('1') }], more: 0 },
        num('2'),
      ],
    });
  });

  it('reads the clock synchronously inside each call', () => {
    let calls = 0;
    installConsole(
      fake,
      (entry) => entries.push(entry),
      () => [5, 1002.4][calls++] ?? -1,
    );
    fake.log('a');
    fake.warn('b');
    expect(entries.map((entry) => entry.time)).toEqual([5, 1002.4]);
  });

  it('never throws, even when the sink or the clock throws', () => {
    installConsole(
      fake,
      () => {
        throw new Error('sink');
      },
      () => {
        throw new Error('clock');
      },
    );
    expect(() => {
      fake.log('x');
      fake.table([1]);
      fake.trace();
    }).not.toThrow();
  });

  it('leaves methods it does not hook alone', () => {
    const clear = (): void => undefined;
    const target = { clear } as unknown as Console;
    installConsole(
      target,
      () => undefined,
      () => 0,
    );
    expect(target.clear).toBe(clear);
    expect(typeof target.log).toBe('function');
  });
});

describe('installConsole: format specifiers', () => {
  it('substitutes %s %d %i %f and handles %%', () => {
    fake.log('%s has %d items (%i%%), %f avg', 'cart', 3.7, '42px', '1.5');
    expect(entries[0]?.args).toEqual([str('cart has 3 items (42%), 1.5 avg')]);
    expect(entries[0]?.formatParts).toBeUndefined();
  });

  it('keeps %o / %O / %s objects as values joined without spaces', () => {
    fake.log('a %o b %O c', { x: 1 }, [2], 'rest');
    const args = entries[0]?.args ?? [];
    expect(args.map((arg) => arg.t)).toEqual(['string', 'object', 'string', 'array', 'string', 'string']);
    expect(args[0]).toEqual(str('a '));
    expect(args[2]).toEqual(str(' b '));
    expect(args[4]).toEqual(str(' c'));
    expect(args[5]).toEqual(str('rest'));
    expect(entries[0]?.formatParts).toBe(5);
  });

  it('consumes %c arguments and ignores their CSS', () => {
    fake.log('%cbig%c text', 'font-size: 40px', 'color: red', 'after');
    expect(entries[0]?.args).toEqual([str('big text'), str('after')]);
  });

  it('leaves specifiers without arguments, and lone format strings, as written', () => {
    fake.log('%s and %d', 'one');
    fake.log('100%% %s');
    expect(entries[0]?.args).toEqual([str('one and %d')]);
    expect(entries[1]?.args).toEqual([str('100%% %s')]);
  });

  it('turns non-numbers into NaN for %d and prints -0, BigInt and symbols', () => {
    fake.log('%d %i %f %s %s', {}, 10n, -0, Symbol('s'), 5n);
    expect(entries[0]?.args).toEqual([str('NaN 10n -0 Symbol(s) 5n')]);
  });
});

describe('installConsole: counters, timers, assert', () => {
  it('counts per label with "default" as the default label', () => {
    fake.count();
    fake.count('x');
    fake.count();
    fake.countReset();
    fake.count();
    fake.countReset('nope');
    expect(entries.map((entry) => [entry.kind, entry.args])).toEqual([
      ['log', [str('default: 1')]],
      ['log', [str('x: 1')]],
      ['log', [str('default: 2')]],
      ['log', [str('default: 1')]],
      ['warn', [str("Count for 'nope' does not exist")]],
    ]);
  });

  it('prints elapsed time like browsers, from the clock', () => {
    now = 100;
    fake.time('sequential');
    now = 1102.3;
    fake.timeLog('sequential', 'step', 1);
    now = 1115.25;
    fake.timeEnd('sequential');
    fake.timeEnd('sequential');
    now = 0;
    fake.time();
    fake.time();
    now = 2;
    fake.timeEnd();
    expect(entries.map((entry) => [entry.method, entry.kind, entry.args])).toEqual([
      ['timeLog', 'log', [str('sequential: 1002.300 ms'), str('step'), num('1')]],
      ['timeEnd', 'log', [str('sequential: 1015.250 ms')]],
      ['timeEnd', 'warn', [str("Timer 'sequential' does not exist")]],
      ['time', 'warn', [str("Timer 'default' already exists")]],
      ['timeEnd', 'log', [str('default: 2.000 ms')]],
    ]);
    expect(entries[1]?.time).toBe(1115.25);
  });

  it('asserts only on falsy conditions, as an error entry', () => {
    fake.assert(true, 'never');
    fake.assert(false);
    fake.assert(false, 'expected %d', 3, 'extra');
    fake.assert(undefined, { a: 1 });
    expect(entries.map((entry) => [entry.kind, entry.method])).toEqual([
      ['error', 'assert'],
      ['error', 'assert'],
      ['error', 'assert'],
    ]);
    expect(entries[0]?.args).toEqual([str('Assertion failed')]);
    expect(entries[1]?.args).toEqual([str('Assertion failed: expected 3'), str('extra')]);
    expect(entries[2]?.args.map((arg) => arg.t)).toEqual(['string', 'object']);
  });
});

describe('installConsole: groups, trace, table', () => {
  it('tracks group depth and never goes below zero', () => {
    fake.group('outer');
    fake.log('in outer');
    fake.groupCollapsed();
    fake.log('in inner');
    fake.groupEnd();
    fake.groupEnd();
    fake.groupEnd();
    fake.log('top');
    expect(entries.map((entry) => [entry.method, entry.depth, entry.collapsed])).toEqual([
      ['group', 0, false],
      ['log', 1, undefined],
      ['groupCollapsed', 1, true],
      ['log', 2, undefined],
      ['log', 0, undefined],
    ]);
    expect(entries[2]?.args).toEqual([str('console.group')]);
  });

  it('adds the caller stack to trace, without the hook frames', () => {
    function learnerFunction(): void {
      fake.trace('here', 1);
    }
    learnerFunction();
    const [entry] = entries;
    expect(entry).toMatchObject({ kind: 'log', method: 'trace', args: [str('here'), num('1')] });
    expect(entry?.stack?.split('\n')[0]).toContain('learnerFunction');
    expect(entry?.stack).not.toMatch(/^Error/);
    fake.trace();
    expect(entries[1]?.args).toEqual([str('console.trace')]);
  });

  it('builds tables from arrays of objects, with an optional column filter', () => {
    fake.table([
      { a: 1, b: 'x' },
      { a: 2, c: true },
    ]);
    expect(entries[0]?.table).toEqual({
      columns: ['a', 'b', 'c'],
      rows: [
        { key: '0', cells: [num('1'), str('x'), null] },
        { key: '1', cells: [num('2'), null, { t: 'boolean', v: true }] },
      ],
    });
    expect(entries[0]?.args[0]?.t).toBe('array');
    fake.table({ r: { a: 1, b: 2 } }, ['b']);
    expect(entries[1]?.table).toEqual({ columns: ['b'], rows: [{ key: 'r', cells: [num('2')] }] });
  });

  it('puts primitive rows in a Values column and tabulates Map and Set', () => {
    fake.table(['x', { a: 1 }]);
    expect(entries[0]?.table?.columns).toEqual(['a', 'Values']);
    fake.table(new Map([['k', 1]]));
    expect(entries[1]?.table).toEqual({
      columns: ['Key', 'Values'],
      rows: [{ key: '0', cells: [str('k'), num('1')] }],
    });
    fake.table(new Set(['s']));
    expect(entries[2]?.table?.rows).toEqual([{ key: '0', cells: [str('s')] }]);
  });

  it('does not call getters in table rows, and logs non-tabular data plainly', () => {
    let calls = 0;
    fake.table([
      {
        get a() {
          calls++;
          return 1;
        },
      },
    ]);
    expect(entries[0]?.table?.rows[0]?.cells).toEqual([{ t: 'accessor', get: true, set: false }]);
    expect(calls).toBe(0);
    fake.table('plain');
    expect(entries[1]).toMatchObject({ method: 'table', args: [str('plain')] });
    expect(entries[1]?.table).toBeUndefined();
  });
});
