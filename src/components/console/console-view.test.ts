// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ConsoleEntry, EncodedValue } from '../../schemas/console-value';
import { encode } from '../../engine/runtime/serialize';
import { formatMs, renderEntry } from './console-view';

function entry(args: EncodedValue[], extra: Partial<ConsoleEntry> = {}): ConsoleEntry {
  return { kind: 'log', method: 'log', time: 0, depth: 0, args, ...extra };
}

function render(values: unknown[], extra: Partial<ConsoleEntry> = {}): HTMLElement {
  return renderEntry(
    entry(
      values.map((value) => encode(value)),
      extra,
    ),
    document,
  );
}

/** The text a reader sees on the message line: no time stamp, nothing inside closed <details>. */
function message(element: HTMLElement): string {
  const line = element.querySelector('.console-message')?.cloneNode(true);
  if (!(line instanceof HTMLElement)) return '';
  for (const details of line.querySelectorAll('details')) {
    if (!details.open) details.querySelector(':scope > .cv-children')?.remove();
  }
  return line.textContent;
}

/** Summaries of all <details>, nested ones included, in document order. */
function summaries(element: HTMLElement): string[] {
  return [...element.querySelectorAll('summary')].map((summary) => summary.textContent);
}

/** Summaries of the arguments themselves. */
function argSummaries(element: HTMLElement): string[] {
  return [...element.querySelectorAll('.console-args > details > summary')].map((summary) => summary.textContent);
}

describe('formatMs', () => {
  it('rounds to whole ms and groups thousands with a plain space', () => {
    expect(formatMs(0)).toBe('0 ms');
    expect(formatMs(999.6)).toBe('1 000 ms');
    expect(formatMs(1002.3)).toBe('1 002 ms');
    expect(formatMs(1234567)).toBe('1 234 567 ms');
    expect(formatMs(-1500)).toBe('-1 500 ms');
    expect(formatMs(NaN)).toBe('? ms');
  });
});

describe('renderEntry: the entry row', () => {
  it('carries kind, integer time, method and depth, and shows the time stamp', () => {
    const element = renderEntry(
      entry([encode('hi')], { kind: 'warn', method: 'warn', time: 1002.4, depth: 2 }),
      document,
    );
    expect(element.dataset['kind']).toBe('warn');
    expect(element.dataset['time']).toBe('1002');
    expect(element.dataset['method']).toBe('warn');
    expect(element.dataset['depth']).toBe('2');
    expect(element.style.getPropertyValue('--console-depth')).toBe('2');
    expect(element.querySelector('.console-time')?.textContent).toBe('+1 002 ms');
  });

  it('keeps markup as text: nothing logged becomes HTML', () => {
    const xss = '<img src=x onerror=alert(1)>';
    const element = renderEntry(
      entry([encode(xss), encode({ [xss]: xss }), encode(new Error(xss))], { stack: xss }),
      document,
    );
    expect(element.querySelector('img')).toBeNull();
    expect(message(element)).toContain(xss);
    expect(element.textContent).toContain(`'${xss}'`);
  });

  it('prints top-level strings raw and nested strings quoted, separated by spaces', () => {
    expect(message(render(['a', 1, ['b']]))).toBe("a 1 ['b']");
  });

  it('joins the pieces of a format string without spaces', () => {
    const element = renderEntry(
      entry([encode('x = '), encode({ a: 1 }), encode('!'), encode('rest')], { formatParts: 3 }),
      document,
    );
    expect(message(element)).toBe('x = {a: 1}! rest');
    expect(summaries(element)).toEqual(['{a: 1}']);
  });

  it('shows a cut string with how much was cut', () => {
    expect(message(render(['y'.repeat(10_005)]))).toBe(`${'y'.repeat(10_000)}… +5`);
  });

  it('offers screen-reader words for kinds when given', () => {
    const element = renderEntry(entry([encode('x')], { kind: 'error' }), document, { kindLabels: { error: 'Error' } });
    expect(element.querySelector('.visually-hidden')?.textContent).toBe('Error: ');
  });
});

describe('renderEntry: value previews', () => {
  it('previews primitives like DevTools', () => {
    expect(message(render([-0, NaN, -Infinity, 10n, Symbol('s'), null, undefined, true]))).toBe(
      '-0 NaN -Infinity 10n Symbol(s) null undefined true',
    );
  });

  it('previews functions, dates, regular expressions and promises', () => {
    class Point {
      norm(): number {
        return 0;
      }
    }
    expect(message(render([function load() {}, async () => 1, Point, /x/g, new Date(0), Promise.resolve()]))).toBe(
      'ƒ load() async ƒ (anonymous)() class Point /x/g 1970-01-01T00:00:00.000Z Promise {…}',
    );
  });

  it('previews objects, arrays, maps, sets and class instances in one line', () => {
    class Point {
      x = 1;
      y = 2;
    }
    const element = render([
      { a: 1, b: 'x' },
      new Map<unknown, unknown>([
        ['a', 1],
        [{ k: 1 }, [1, 2]],
      ]),
      new Set([1, 2, 3]),
      [1, 2, 3],
      new Point(),
      Object.assign(Object.create(null) as object, { z: 0 }),
      { nested: { deep: true }, list: [1, 2] },
    ]);
    expect(argSummaries(element)).toEqual([
      "{a: 1, b: 'x'}",
      "Map(2) {'a' => 1, {…} => Array(2)}",
      'Set(3) {1, 2, 3}',
      '[1, 2, 3]',
      'Point {x: 1, y: 2}',
      '[Object: null prototype] {z: 0}',
      '{nested: {…}, list: Array(2)}',
    ]);
  });

  it('shows empty containers without a disclosure', () => {
    const element = render([{}, [], new Map()]);
    expect(element.querySelector('details')).toBeNull();
    expect(message(element)).toBe('{} [] Map(0) {}');
  });

  it('cuts long previews with an ellipsis', () => {
    const element = render([Array.from({ length: 150 }, (_, i) => i)]);
    expect(summaries(element)[0]).toBe('[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, …]');
    expect(element.querySelector('.cv-children')?.lastElementChild?.textContent).toBe('… +50');
  });

  it('shows holes, getters, symbol keys, typed arrays and buffers', () => {
    const sparse = [1, , , 4];
    const withGetter = {
      get lazy() {
        return 1;
      },
      [Symbol('id')]: 7,
      'two words': 2,
    };
    const element = render([sparse, withGetter, new Uint8Array([1, 2]), new Uint8Array([0, 255]).buffer]);
    expect(summaries(element)).toEqual([
      '[1, empty × 2, 4]',
      "{lazy: [Getter], 'two words': 2, [Symbol(id)]: 7}",
      'Uint8Array(2) [1, 2]',
    ]);
    expect(message(element)).toContain('ArrayBuffer(2) <00 ff>');
    const rows = [...(element.querySelector('details')?.querySelectorAll('.cv-row') ?? [])].map(
      (row) => row.textContent,
    );
    expect(rows).toEqual(['0: 1', '3: 4']);
  });

  it('labels circular references in Map, Set and objects', () => {
    const node: Record<string, unknown> = { name: 'n' };
    node['self'] = node;
    const map = new Map<string, unknown>([['me', null]]);
    map.set('me', map);
    const set = new Set<unknown>();
    set.add(set);
    const element = render([node, map, set]);
    expect(summaries(element)).toEqual([
      "<ref *1> {name: 'n', self: [Circular *1]}",
      "<ref *1> Map(1) {'me' => [Circular *1]}",
      '<ref *1> Set(1) {[Circular *1]}',
    ]);
  });

  it('shows repeated references again rather than as a cycle', () => {
    const shared = { n: 1 };
    expect(summaries(render([[shared, shared]]))[0]).toBe('[{…}, {…}]');
  });

  it('shows unreadable and too-deep values', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(message(render([hostile]))).toBe('<unreadable: Error: no keys>');
    const deep = renderEntry(entry([encode({ a: { b: 1 } }, { maxDepth: 0 })]), document);
    expect(summaries(deep)).toEqual(['{a: [Object]}']);
  });
});

describe('renderEntry: errors, stacks, tables, groups', () => {
  it('shows errors as Name: message, open, with the mapped stack and the cause', () => {
    const error = new TypeError('bad input', { cause: new RangeError('too big') });
    const element = renderEntry(entry([encode(error)], { kind: 'error' }), document, {
      mapStack: (stack) => stack.replaceAll('console-view.test.ts', 'main.ts'),
    });
    const details = element.querySelector('details');
    expect(details?.open).toBe(true);
    expect(summaries(element)[0]).toBe('TypeError: bad input');
    const stack = element.querySelector('.cv-stack')?.textContent ?? '';
    expect(stack).toContain('main.ts');
    expect(stack).not.toContain('TypeError: bad input');
    expect(summaries(element)[1]).toBe('RangeError: too big');
    expect(element.textContent).toContain('[cause]: ');
  });

  it('shows AggregateError errors', () => {
    const element = render([new AggregateError([new Error('a')], 'all failed')]);
    expect(element.textContent).toContain('[errors]: ');
    expect(summaries(element)).toContain('[Error: a]');
  });

  it('shows a trace stack, surviving a throwing mapper', () => {
    const element = renderEntry(
      entry([encode('console.trace')], { method: 'trace', stack: '    at main (main.ts:1:1)' }),
      document,
      {
        mapStack: () => {
          throw new Error('mapper');
        },
      },
    );
    expect(element.querySelector('.console-stack')?.textContent).toBe('    at main (main.ts:1:1)');
  });

  it('says Uncaught before uncaught errors and shows their stack once', () => {
    const error = new Error('boom');
    const stack = error.stack ?? '';
    const element = renderEntry(entry([encode(error)], { kind: 'error', method: 'uncaught', stack }), document, {
      uncaughtLabel: '未捕获',
    });
    expect(message(element).startsWith('未捕获 Error: boom')).toBe(true);
    expect(element.querySelectorAll('.cv-stack, .console-stack')).toHaveLength(1);
    const plain = renderEntry(
      entry([encode('text')], { kind: 'error', method: 'uncaught', stack: '    at x' }),
      document,
    );
    expect(message(plain)).toBe('Uncaught text    at x');
  });

  it('renders tables as a real table', () => {
    const table = {
      columns: ['a', 'Values'],
      rows: [
        { key: '0', cells: [encode(1), null] },
        { key: '1', cells: [null, encode('x')] },
      ],
    };
    const element = renderEntry(entry([encode([{ a: 1 }, 'x'])], { method: 'table', table }), document);
    const cells = [...element.querySelectorAll('table tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(cells).toEqual([
      ['(index)', 'a', 'Values'],
      ['0', '1', ''],
      ['1', '', "'x'"],
    ]);
    expect(element.querySelector('th')?.getAttribute('scope')).toBe('col');
  });

  it('renders group entries as headers that say whether they start collapsed', () => {
    const element = renderEntry(
      entry([encode('Fetching')], { method: 'groupCollapsed', collapsed: true, depth: 1 }),
      document,
    );
    expect(element.classList.contains('console-group-header')).toBe(true);
    expect(element.dataset['collapsed']).toBe('true');
    expect(message(element)).toBe('Fetching');
  });
});
