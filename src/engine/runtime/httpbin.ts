import { formatMs } from '../format-ms';
import { type Locale, message } from '../messages';
import { isHttpbin, routeHttpbin, type SimResponse } from './httpbin-routes';
import type { TimerId } from './worker-scope';
import { NativePromise, promiseReject, promiseThen } from './intrinsics';

export interface HttpbinDeps {
  /** Untracked timers: the fetch that waits on them is what counts as pending. */
  setTimeout: (callback: () => void, ms: number) => TimerId;
  clearTimeout: (id: TimerId) => void;
  /** Milliseconds, any origin; only differences are used. */
  clock: () => number;
  /** Adds a 'system' line to the console. */
  log: (text: string) => void;
  /** The language of those lines. */
  locale: Locale;
}

/**
 * A fetch for httpbin.org that never leaves the worker: same status, headers and JSON shapes as the
 * real service, the real delays, and AbortSignal support. Returns null for any other URL, so the
 * caller can use the network.
 */
export function createHttpbin(deps: HttpbinDeps) {
  let seed = 0;
  return (input: RequestInfo | URL, init: RequestInit | undefined): Promise<Response> | null => {
    const url = parseUrl(input);
    if (!url || !isHttpbin(url)) return null;
    let request: Request;
    try {
      request = new Request(input, init);
    } catch (error) {
      // What fetch itself does with a bad init (say, a GET with a body): reject, never throw.
      return promiseReject(error);
    }
    return respond(request, url, deps, () => seed++);
  };
}

/**
 * Not an async function, and no promise is ever resolved with another promise: either would look up
 * `then` on a promise, which learner code may have replaced or deleted. The response is settled by hand.
 */
function respond(request: Request, url: URL, deps: HttpbinDeps, nextSeed: () => number): Promise<Response> {
  const started = deps.clock();
  const { signal } = request;
  const what = `${request.method} ${url.href}`;
  const elapsed = () => formatMs(deps.clock() - started);
  if (signal.aborted) return promiseReject(abortReason(signal));

  return new NativePromise<Response>((resolve, reject) => {
    const send = (body: string) => {
      const route = routeHttpbin({ method: request.method, url, headers: request.headers, body }, nextSeed);
      const onAbort = () => {
        deps.clearTimeout(timer);
        deps.log(message(deps.locale, 'http.aborted', { what, ms: elapsed() }));
        reject(abortReason(signal));
      };
      const timer = deps.setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        deps.log(message(deps.locale, 'http.done', { what, status: route.status, ms: elapsed() }));
        resolve(toResponse(route, url, request.method === 'HEAD'));
      }, route.delayMs);
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    };
    // A request without a body is on its way the moment fetch() returns, as a real one is: its
    // delay must start now, not in a microtask, which would wait for any blocking code after the
    // call (the async-http lesson blocks for 2 s right after starting a 1 s request).
    if (request.method === 'GET' || request.method === 'HEAD') send('');
    else promiseThen(request.text(), send, reject);
  });
}

function parseUrl(input: RequestInfo | URL): URL | null {
  try {
    return new URL(input instanceof Request ? input.url : String(input));
  } catch {
    return null;
  }
}

/** As fetch does: the signal's reason (an AbortError DOMException for a plain `abort()`). */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

// Taken when the runtime is evaluated, before learner code: a learner's own Response or Headers
// must not change what the simulated httpbin answers.
const NativeResponse = Response;
const NativeHeaders = Headers;

const NULL_BODY_STATUS = new Set([204, 205, 304]);

function toResponse(route: SimResponse, url: URL, head: boolean): Response {
  const headers = new NativeHeaders({ 'Access-Control-Allow-Origin': '*', 'X-Simulated-By': 'Async Lab' });
  if (route.type) headers.set('Content-Type', route.type);
  const body = head || NULL_BODY_STATUS.has(route.status) ? null : route.body;
  const response = new NativeResponse(body, { status: route.status, headers });
  // A constructed Response has url ""; learners print res.url, so give it the real one.
  Object.defineProperty(response, 'url', { value: url.href });
  return response;
}
