// Test-only: runs a bundle (esbuild's or the quick path's) in a Node vm, as the worker would wrap it
// (assemble.ts), against a stand-in runtime on a virtual clock, and returns what it printed. Two
// bundles of the same program must print the same lines; the stand-in need not be the real runtime.
import { inspect } from 'node:util';
import { createContext, runInContext } from 'node:vm';
import { createHttpbin } from '../runtime/httpbin';
import { mapStack, readInlineMap } from '../runner/map-stack';

interface Timer {
  at: number;
  seq: number;
  every?: number;
  run: () => void;
}

const EPOCH = 1_700_000_000_000;
/** Each read of the clock moves it on a little, so a busy wait (`while (performance.now() < end)`) ends. */
const TICK_MS = 0.01;
const MAX_TIMERS = 2_000;

/**
 * The check harness's contract (runtime/check-harness.ts) as a stand-in: checks register, the entry
 * announces them, and run() calls each with a context and prints what it said. No spans or
 * requests are recorded, so a check that reads them fails alike under either bundle.
 */
function standInChecks(lines: string[], clock: () => number) {
  const registered: { name: string; fn: (ctx: unknown) => unknown }[] = [];
  return {
    check: (name: string, fn: (ctx: unknown) => unknown) => void registered.push({ name, fn }),
    announce: () => void lines.push(`checks: ${registered.map((c) => c.name).join(' | ')}`),
    mismatch: (expected: string, actual: string) => `expected ${expected}, got ${actual}`,
    async run(exports: Record<string, unknown>) {
      lines.push(`exports: ${Object.keys(exports).join(', ')}`);
      for (const { name, fn } of registered) {
        const ctx = {
          exports,
          elapsedMs: clock(),
          logs: [],
          spans: [],
          requests: [],
          locale: 'en',
          say: (m: { en: string }) => m.en,
          ms: (v: number) => `${Math.round(v)} ms`,
          now: clock,
          time: async (work: () => unknown) => {
            const start = clock();
            const value = await work();
            return { value, ms: clock() - start };
          },
        };
        try {
          await fn(ctx);
          lines.push(`passed: ${name}`);
        } catch (error) {
          // An Error of the vm's realm is no instance of this realm's Error.
          const said = typeof error === 'object' && error && 'message' in error ? String(error.message) : String(error);
          lines.push(`failed: ${name}: ${said}`);
        }
      }
    },
  };
}

export async function runBundle(code: string): Promise<string[]> {
  const lines: string[] = [];
  let now = 0;
  let seq = 0;
  const timers = new Map<number, Timer>();
  const read = (): number => (now += TICK_MS);
  const later = (fn: (...a: unknown[]) => void, ms = 0, every: boolean, args: unknown[]): number => {
    const id = ++seq;
    const delay = Math.max(0, Number(ms) || 0);
    timers.set(id, {
      at: now + delay,
      seq: id,
      ...(every ? { every: Math.max(1, delay) } : {}),
      run: () => fn(...args),
    });
    return id;
  };
  const format = (args: unknown[]): string =>
    args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 4 }))).join(' ');
  const consoleProxy = new Proxy(
    {},
    {
      get:
        (_, method) =>
        (...args: unknown[]) =>
          lines.push(`${String(method)}: ${format(args)}`),
    },
  );
  class VirtualDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(EPOCH + read());
      else super(...(args as [string]));
    }
    static override now(): number {
      return EPOCH + read();
    }
  }
  const lab = {
    sleep: (ms: number) => new Promise<void>((resolve) => later(() => resolve(), ms, false, [])),
    blockFor: (ms: number) => void (now += ms),
    toThread: (fn: (...a: unknown[]) => unknown, ...args: unknown[]) =>
      new Promise((resolve, reject) =>
        later(
          () =>
            Promise.resolve()
              .then(() => fn(...args))
              .then(resolve, reject),
          0,
          false,
          [],
        ),
      ),
    span: async (_label: string, work: Promise<unknown> | (() => Promise<unknown>)) =>
      typeof work === 'function' ? work() : work,
  };
  // httpbin.org as the worker answers it (runtime/httpbin.ts), on the same virtual clock.
  const httpbin = createHttpbin({
    setTimeout: (fn, ms) => later(fn, ms, false, []),
    clearTimeout: (id) => timers.delete(id as number),
    clock: () => now,
    log: (text) => lines.push(`system: ${text}`),
    locale: 'en',
  });
  const scope: Record<string, unknown> = {
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      httpbin(input, init) ?? Promise.reject(new TypeError('Failed to fetch')),
    Request,
    Response,
    Headers,
    console: consoleProxy,
    setTimeout: (fn: () => void, ms?: number, ...args: unknown[]) => later(fn, ms, false, args),
    setInterval: (fn: () => void, ms?: number, ...args: unknown[]) => later(fn, ms, true, args),
    clearTimeout: (id: number) => timers.delete(id),
    clearInterval: (id: number) => timers.delete(id),
    queueMicrotask,
    structuredClone,
    AbortController,
    DOMException,
    AbortSignal,
    Event,
    EventTarget,
    TextEncoder,
    TextDecoder,
    URL,
    performance: { now: read },
    Date: VirtualDate,
    // What the worker's global gives a bundle: the runtime, read through self (assemble.ts), and
    // for an exercise a stand-in of the check harness that prints each check's verdict.
    __asyncLab: { lab, checks: standInChecks(lines, () => now) },
  };
  // The global names itself, as a worker's does: `self.__asyncLab.lab` in the quick path's prelude.
  scope['self'] = scope;
  const context = createContext(scope);
  let finished = false;
  // A rejection nobody handles is part of what a program shows (the worker prints it as an error).
  const listeners = process.listeners('unhandledRejection');
  process.removeAllListeners('unhandledRejection');
  process.on('unhandledRejection', (reason) => lines.push(`unhandled: ${String(reason)}`));
  try {
    let run: Promise<unknown>;
    try {
      // The timeout stops a program that never yields; both bundles of it are stopped alike.
      run = runInContext(`(async () => {"use strict";\n${code}\n})()`, context, { timeout: 5_000 }) as Promise<unknown>;
    } catch (error) {
      return [...lines, `stopped: ${String(error)}`];
    }
    // The host's then: a program may have replaced or deleted its own realm's.
    Promise.prototype.then.call(
      run,
      () => (finished = true),
      (error: unknown) => {
        lines.push(`uncaught: ${typeof error === 'object' && error ? String(error) : inspect(error)}`);
        finished = true;
      },
    );
    for (let fired = 0; fired < MAX_TIMERS; fired++) {
      // A macrotask turn of the host drains every microtask the program queued.
      await new Promise((resolve) => setImmediate(resolve));
      const next = [...timers.values()].sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!next) break;
      now = Math.max(now, next.at);
      if (next.every === undefined) timers.delete(next.seq);
      else next.at = now + next.every;
      next.run();
    }
    await new Promise((resolve) => setImmediate(resolve));
    if (!finished) lines.push('(not finished)');
    return lines;
  } finally {
    process.removeAllListeners('unhandledRejection');
    for (const listener of listeners) process.on('unhandledRejection', listener);
  }
}

/**
 * What a bundle prints, with stack traces mapped to main.ts as the page maps them. Lines only: the
 * two source maps differ in how finely they map within a line (the quick path's is finer).
 */
export async function printed(bundle: string): Promise<string[]> {
  const map = readInlineMap(bundle);
  // run-bundle puts one line before the bundle's first.
  return (await runBundle(bundle)).map((line) => mapStack(line, map, 1).replace(/([\w-]+\.ts):(\d+):\d+/g, '$1:$2'));
}
