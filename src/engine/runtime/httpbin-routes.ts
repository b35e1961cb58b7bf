import {
  MAX_BYTES,
  MAX_DELAY_SECONDS,
  NOT_FOUND_TEXT,
  SIMULATED_ORIGIN,
  SIMULATED_USER_AGENT,
  SLIDESHOW,
} from './httpbin-data';

/** A request as the simulated httpbin sees it. */
export interface SimRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The body as text ('' when there is none). */
  body: string;
}

/** What to answer and after how long. */
export interface SimResponse {
  status: number;
  /** Content-Type, when there is a body. */
  type?: string;
  body: string | Uint8Array<ArrayBuffer> | null;
  delayMs: number;
}

/** True for the URLs the simulation answers: http(s)://httpbin.org/… */
export function isHttpbin(url: URL): boolean {
  return url.hostname === 'httpbin.org' && (url.protocol === 'https:' || url.protocol === 'http:');
}

const json = (value: unknown, status = 200, delayMs = 0): SimResponse => ({
  status,
  type: 'application/json',
  // httpbin pretty-prints with two spaces and a final newline.
  body: `${JSON.stringify(value, null, 2)}\n`,
  delayMs,
});

const text = (body: string, status: number): SimResponse => ({
  status,
  type: 'text/plain; charset=utf-8',
  body,
  delayMs: 0,
});

const BODY_METHODS: Record<string, string> = { '/post': 'POST', '/put': 'PUT', '/patch': 'PATCH', '/delete': 'DELETE' };

/**
 * Routes one request like httpbin.org would, deterministically. `nextSeed` supplies a number per call
 * for /uuid, so ids differ from each other but not from run to run.
 */
export function routeHttpbin(request: SimRequest, nextSeed: () => number): SimResponse {
  const path = request.url.pathname.replace(/\/+$/, '') || '/';
  const method = request.method.toUpperCase();

  if (path === '/get') return method === 'GET' ? json(echo(request)) : notAllowed();
  if (path === '/headers') return json({ headers: echoHeaders(request) });
  if (path === '/ip') return json({ origin: SIMULATED_ORIGIN });
  if (path === '/json') return json(SLIDESHOW);
  if (path === '/uuid') return json({ uuid: uuidFrom(nextSeed()) });
  if (path === '/anything' || path.startsWith('/anything/')) return json(echoWithBody(request));
  const bodyMethod = BODY_METHODS[path];
  if (bodyMethod) return method === bodyMethod ? json(echoWithBody(request)) : notAllowed();

  const delay = /^\/delay\/(\d+(?:\.\d+)?)$/.exec(path);
  if (delay) {
    const seconds = Math.min(Number(delay[1]), MAX_DELAY_SECONDS);
    return json(echo(request), 200, Math.round(seconds * 1000));
  }
  const status = /^\/status\/(\d{3})$/.exec(path);
  if (status) {
    const code = Number(status[1]);
    // Response cannot carry 1xx codes, and httpbin itself has nothing sensible to say for them.
    if (code < 200) return text(`Async Lab cannot simulate status ${code}; use 200–599.\n`, 400);
    return { status: code, body: null, delayMs: 0 };
  }
  const bytes = /^\/bytes\/(\d+)$/.exec(path);
  if (bytes) {
    const seed = Number(request.url.searchParams.get('seed') ?? 0) || 0;
    return {
      status: 200,
      type: 'application/octet-stream',
      body: pseudoRandomBytes(Math.min(Number(bytes[1]), MAX_BYTES), seed),
      delayMs: 0,
    };
  }
  return text(NOT_FOUND_TEXT(path), 404);
}

function notAllowed(): SimResponse {
  return text('405 Method Not Allowed: httpbin.org answers this path only for its own method.\n', 405);
}

function echo(request: SimRequest) {
  return {
    args: queryArgs(request.url.searchParams),
    headers: echoHeaders(request),
    origin: SIMULATED_ORIGIN,
    url: request.url.href,
  };
}

function echoWithBody(request: SimRequest) {
  let parsed: unknown = null;
  try {
    parsed = request.body === '' ? null : (JSON.parse(request.body) as unknown);
  } catch {
    // Not JSON: httpbin reports `json: null` and the text under `data`.
  }
  const { args, headers, origin, url } = echo(request);
  return { args, data: request.body, files: {}, form: {}, headers, json: parsed, method: request.method, origin, url };
}

/** httpbin shows one value as a string and repeated keys as a list. */
function queryArgs(params: URLSearchParams): Record<string, string | string[]> {
  const args: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    args[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return args;
}

function echoHeaders(request: SimRequest): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: '*/*',
    Host: request.url.host,
    'User-Agent': SIMULATED_USER_AGENT,
  };
  if (request.body !== '') headers['Content-Length'] = String(new TextEncoder().encode(request.body).length);
  request.headers.forEach((value, name) => {
    headers[name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase())] = value;
  });
  return Object.fromEntries(Object.entries(headers).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** mulberry32: tiny, fast and the same everywhere, which is all /bytes needs. */
function pseudoRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` deterministic bytes for a seed. */
export function pseudoRandomBytes(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const next = pseudoRandom(seed);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(next() * 256);
  return bytes;
}

function uuidFrom(seed: number): string {
  const b = pseudoRandomBytes(16, seed + 0x5eed);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40; // version 4
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(b, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
