import { callWith, NativePromise, promiseReject } from './intrinsics';

const fnToString = Function.prototype.toString;
/** What the thread posts back: the result, or the parts of the error that survive a structured clone. */
export type ThreadReply =
  { ok: true; value: unknown } | { ok: false; error: { name: string; message: string; stack: string | null } };

/** What toThread needs from the worker scope. */
export interface ToThreadDeps {
  /** A tracked worker (pending until terminated, drawn on the timeline with `label`). */
  createWorker: (url: string, label: string) => Worker;
  createObjectURL: (blob: Blob) => string;
  revokeObjectURL: (url: string) => void;
}

const NATIVE = /\{\s*\[native code\]\s*\}\s*$/;
/** Sources that are already expressions: function/class expressions and arrow functions. */
const EXPRESSION =
  /^(?:async\s*)?(?:function\b|class\b|\(|[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*\s*=>)/u;

/**
 * The source of a classic worker that runs `fn` once on the arguments it is sent and posts back a
 * ThreadReply. `fn` is rebuilt from its text, so it cannot see variables from around its definition.
 */
export function toThreadSource(fn: (...args: never[]) => unknown): string {
  const text = callWith(fnToString, fn, []) as string;
  if (NATIVE.test(text))
    throw new TypeError(`toThread needs a function written in your code; ${fn.name || 'this one'} is built in.`);
  // Method shorthand (`{ work() {} }`) prints as `work() {}`, which is only valid inside an object literal.
  const expression = EXPRESSION.test(text) ? `(${text})` : `Object.values({ ${text} })[0]`;
  return `"use strict";
// esbuild's keepNames helper, in case the bundle's copy of fn calls it.
var __name = (target, value) => Object.defineProperty(target, "name", { value, configurable: true });
self.onmessage = async (event) => {
  try {
    const fn = ${expression};
    self.postMessage({ ok: true, value: await fn(...event.data) });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    self.postMessage({ ok: false, error: { name: e.name, message: e.message, stack: typeof e.stack === "string" ? e.stack : null } });
  }
};
`;
}

const ERROR_TYPES: Record<string, ErrorConstructor> = {
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
};

/** Rebuilds an error from the thread with its original name, message and stack (and class, when built in). */
export function reviveError(error: { name: string; message: string; stack: string | null }): Error {
  const Type = ERROR_TYPES[error.name] ?? Error;
  let message = error.message;
  if (error.name === 'ReferenceError') {
    message +=
      ' (toThread runs the function in another worker: it cannot use variables from outside itself; pass them as arguments)';
  }
  const revived = new Type(message);
  revived.name = error.name;
  if (error.stack !== null) revived.stack = error.stack;
  return revived;
}

/**
 * Runs `fn(...args)` in a new worker and settles with its result, like Python's asyncio.to_thread.
 * Arguments and the result travel by structured clone; the worker is terminated once it answered.
 */
export function runInThread<R>(deps: ToThreadDeps, fn: (...args: never[]) => unknown, args: unknown[]): Promise<R> {
  if (typeof fn !== 'function') {
    // The notes' own mistake, asyncio.to_thread(fun(1), …), in TypeScript: say so plainly.
    const got = fn === null ? 'null' : typeof fn;
    return promiseReject(
      new TypeError(
        `toThread expects a function, got ${got} (${String(fn).slice(0, 40)}). Pass the function itself: toThread(fn, ...args), not toThread(fn(...), ...).`,
      ),
    );
  }
  let source: string;
  try {
    source = toThreadSource(fn);
  } catch (error) {
    return promiseReject(error as Error);
  }
  const url = deps.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = deps.createWorker(url, `toThread(${fn.name || 'anonymous'})`);
  return new NativePromise<R>((resolve, reject) => {
    const finish = (settle: () => void) => {
      worker.terminate();
      deps.revokeObjectURL(url);
      settle();
    };
    worker.onmessage = (event: MessageEvent<ThreadReply>) => {
      const reply = event.data;
      finish(() => (reply.ok ? resolve(reply.value as R) : reject(reviveError(reply.error))));
    };
    worker.onmessageerror = () => finish(() => reject(new TypeError('toThread: the result could not be received.')));
    worker.onerror = (event) => {
      // Handled here: without preventDefault the error would also be reported as uncaught in this worker.
      event.preventDefault();
      finish(() => reject(new Error(event.message || 'toThread: the worker failed to start.')));
    };
    try {
      worker.postMessage(args);
    } catch (error) {
      finish(() => reject(error as Error));
    }
  });
}
