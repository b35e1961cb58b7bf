import type { ConsoleEntry, ConsoleKind, EncodedValue } from '../../schemas/console-value';
import { buildTable } from './console-table';
import { encodeAll, formatArgs, primitiveText } from './console-format';
import { encode } from './serialize';
import { describeThrown } from './serialize-intrinsics';
import { copyItems, mapDelete, mapGet, mapHas, mapSet, objectDefineProperty, objectKeys, pushItem } from './intrinsics';

type Sink = (entry: ConsoleEntry) => void;
type Method = (time: number, data: unknown[]) => void;

/** The console methods installConsole replaces; anything else on the console is left alone. */
export const HOOKED_METHODS = [
  'log',
  'info',
  'warn',
  'error',
  'debug',
  'table',
  'group',
  'groupCollapsed',
  'groupEnd',
  'time',
  'timeLog',
  'timeEnd',
  'count',
  'countReset',
  'assert',
  'dir',
  'dirxml',
  'trace',
] as const;

/** trace is installed on its own: it needs its own frame to cut the stack at. */
type PlainMethod = Exclude<(typeof HOOKED_METHODS)[number], 'trace'>;

/**
 * Replaces the logging methods of `target` (the worker's console) so every call becomes one
 * ConsoleEntry passed to `sink`. Arguments are encoded during the call, so an object shows as it was
 * then, and `clock()` is read first thing in the call, so logs from a busy loop keep their real
 * times. Output text follows Chrome: `time`/`timeEnd` print "label: 15.000 ms" (three decimals),
 * `count` prints "label: 3", the default label is "default". Nothing thrown inside (a failing
 * sink, clock or label conversion) ever reaches learner code.
 */
export function installConsole(target: Console, sink: Sink, clock: () => number): void {
  // Per install, not module-level: each run gets a fresh worker and a fresh console.
  let depth = 0;
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();

  const emit = (kind: ConsoleKind, method: string, time: number, args: EncodedValue[], extra?: Extra): void => {
    const entry: ConsoleEntry = { kind, method, time, depth, args, ...extra };
    try {
      sink(entry);
    } catch {
      // The sink is ours (it posts to the page); if it fails there is nowhere to report it.
    }
  };
  const formatted = (kind: ConsoleKind, method: string, time: number, data: unknown[], extra?: Extra): void => {
    const { args, parts } = formatArgs(data);
    emit(kind, method, time, args, parts > 1 ? { ...extra, formatParts: parts } : extra);
  };
  const text = (value: string): EncodedValue => encode(value);
  const unreadable = (method: string, time: number, thrown: unknown): void => {
    const kind: ConsoleKind = method === 'warn' || method === 'error' ? method : 'log';
    emit(kind, method, time, [{ t: 'unreadable', reason: describeThrown(thrown) }]);
  };
  const elapsed = (label: string, time: number, start: number): string => `${label}: ${(time - start).toFixed(3)} ms`;

  const methods: Record<PlainMethod, Method> = {
    log: (time, data) => formatted('log', 'log', time, data),
    info: (time, data) => formatted('info', 'info', time, data),
    warn: (time, data) => formatted('warn', 'warn', time, data),
    error: (time, data) => formatted('error', 'error', time, data),
    debug: (time, data) => formatted('debug', 'debug', time, data),
    dirxml: (time, data) => formatted('log', 'dirxml', time, data),
    dir: (time, data) => emit('log', 'dir', time, [encode(data[0])]),
    table: (time, data) => {
      const tabular = data[0];
      const columns = data[1];
      const table = buildTable(tabular, columns);
      if (table === null) formatted('log', 'table', time, tabular === undefined ? [] : [tabular]);
      else emit('log', 'table', time, [encode(tabular)], { table });
    },
    group: (time, data) => group(time, data, false),
    groupCollapsed: (time, data) => group(time, data, true),
    groupEnd: () => {
      depth = Math.max(0, depth - 1);
    },
    count: (time, data) => {
      const name = labelOf(data[0]);
      const count = (mapGet(counts, name) ?? 0) + 1;
      mapSet(counts, name, count);
      emit('log', 'count', time, [text(`${name}: ${String(count)}`)]);
    },
    countReset: (time, data) => {
      const name = labelOf(data[0]);
      if (mapHas(counts, name)) mapSet(counts, name, 0);
      else emit('warn', 'countReset', time, [text(`Count for '${name}' does not exist`)]);
    },
    time: (time, data) => {
      const name = labelOf(data[0]);
      if (mapHas(timers, name)) emit('warn', 'time', time, [text(`Timer '${name}' already exists`)]);
      else mapSet(timers, name, time);
    },
    timeLog: (time, data) => {
      const name = labelOf(data[0]);
      const start = mapGet(timers, name);
      if (start === undefined) emit('warn', 'timeLog', time, [text(`Timer '${name}' does not exist`)]);
      else {
        const args = [text(elapsed(name, time, start))];
        const rest = encodeAll(copyItems(data, 1));
        for (let i = 0; i < rest.length; i++) pushItem(args, rest[i] as EncodedValue);
        emit('log', 'timeLog', time, args);
      }
    },
    timeEnd: (time, data) => {
      const name = labelOf(data[0]);
      const start = mapGet(timers, name);
      mapDelete(timers, name);
      if (start === undefined) emit('warn', 'timeEnd', time, [text(`Timer '${name}' does not exist`)]);
      else emit('log', 'timeEnd', time, [text(elapsed(name, time, start))]);
    },
    assert: (time, data) => {
      if (data[0]) return;
      const first = data[1];
      const message: unknown[] = [typeof first === 'string' ? `Assertion failed: ${first}` : 'Assertion failed'];
      for (let i = typeof first === 'string' ? 2 : 1; i < data.length; i++) pushItem(message, data[i]);
      formatted('error', 'assert', time, message);
    },
  };

  function group(time: number, data: unknown[], collapsed: boolean): void {
    formatted('log', collapsed ? 'groupCollapsed' : 'group', time, data.length > 0 ? data : ['console.group'], {
      collapsed,
    });
    depth++;
  }

  const names = objectKeys(methods) as PlainMethod[];
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as PlainMethod;
    const method = methods[name];
    define(target, name, function (...data: unknown[]): void {
      const time = readClock(clock);
      try {
        method(time, data);
      } catch (thrown) {
        // Never let a console call throw into learner code, and never let it vanish: whatever could
        // not be shown still takes its line.
        unreadable(name, time, thrown);
      }
    });
  }
  define(target, 'trace', function trace(...data: unknown[]): void {
    const time = readClock(clock);
    try {
      const stack = stackAbove(trace);
      formatted('log', 'trace', time, data.length > 0 ? data : ['console.trace'], stack === null ? {} : { stack });
    } catch (thrown) {
      unreadable('trace', time, thrown);
    }
  });
}

type Extra = Partial<Pick<ConsoleEntry, 'table' | 'stack' | 'collapsed' | 'formatParts'>>;

function define(target: Console, name: string, method: (...data: unknown[]) => void): void {
  objectDefineProperty(target, name, { value: method, writable: true, configurable: true, enumerable: true });
}

function readClock(clock: () => number): number {
  try {
    const time = clock();
    return typeof time === 'number' ? time : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Like browsers, labels go through String(); one that cannot be converted counts as "default". */
function labelOf(label: unknown): string {
  if (label === undefined) return 'default';
  try {
    return typeof label === 'object' || typeof label === 'function' ? String(label) : primitiveText(label);
  } catch {
    return 'default';
  }
}

/** The call stack of learner code that called `method`, without the "Error" line or our frames. */
function stackAbove(method: (...data: unknown[]) => void): string | null {
  const capture: unknown = Reflect.get(Error, 'captureStackTrace');
  if (typeof capture === 'function') {
    // V8 cuts the stack at `method` itself, whatever the bundler named or inlined.
    const holder: { stack?: unknown } = {};
    Reflect.apply(capture, Error, [holder, method]);
    return typeof holder.stack === 'string' ? withoutHeader(holder.stack) : null;
  }
  const stack: unknown = new Error().stack;
  // SpiderMonkey and JavaScriptCore: one line per frame, no header; drop stackAbove and trace.
  return typeof stack === 'string' ? stack.split('\n').slice(2).join('\n') : null;
}

// V8 puts a header line ("Error") before the frames; SpiderMonkey, which also has
// captureStackTrace in recent versions, writes frames only ("name@url:1:2").
function withoutHeader(stack: string): string {
  const lines = stack.split('\n');
  const first = lines[0] ?? '';
  return (/^\s+at |@/.test(first) ? lines : lines.slice(1)).join('\n');
}
