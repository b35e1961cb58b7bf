import type { ConsoleEntry } from '../../schemas/console-value';
import { encode } from './serialize';

/** The scope's events that carry errors nobody caught. */
export interface UncaughtEvents {
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
}

/**
 * The console line for an error nobody caught: kind 'error', method 'uncaught' (so the page can say
 * "Uncaught", as browsers do), the error encoded in `args` and its raw stack in `stack` for source mapping.
 */
export function uncaughtEntry(error: unknown, time: number): ConsoleEntry {
  const entry: ConsoleEntry = { kind: 'error', method: 'uncaught', time, depth: 0, args: [encode(error)] };
  const stack = readStack(error);
  if (stack !== null) entry.stack = stack;
  return entry;
}

/**
 * Reports uncaught errors and unhandled rejections through `report`, and cancels the events so the
 * worker neither prints them a second time nor hands them to the frame as a crash.
 */
export function listenForUncaught(scope: UncaughtEvents, report: (error: unknown) => void): void {
  scope.addEventListener('error', (event) => {
    event.preventDefault();
    // `error` is null when the browser hides the details (a script from elsewhere); the message remains.
    const error: unknown = event.error;
    report(error ?? new Error(event.message));
  });
  scope.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    report(event.reason);
  });
}

function readStack(error: unknown): string | null {
  try {
    const stack: unknown = error instanceof Error ? error.stack : null;
    return typeof stack === 'string' ? stack : null;
  } catch {
    // A throwing `stack` getter must not take the runtime down with it.
    return null;
  }
}
