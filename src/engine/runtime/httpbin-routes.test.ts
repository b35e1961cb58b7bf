import { describe, expect, it } from 'vitest';
import { SLIDESHOW } from './httpbin-data';
import { isHttpbin, pseudoRandomBytes, routeHttpbin, type SimResponse } from './httpbin-routes';

function route(url: string, method = 'GET', body = '', headers: HeadersInit = {}): SimResponse {
  let seed = 0;
  return routeHttpbin({ method, url: new URL(url), headers: new Headers(headers), body }, () => seed++);
}

const parsed = (response: SimResponse): unknown => JSON.parse(String(response.body));

describe('routeHttpbin', () => {
  it('knows only httpbin.org over http and https', () => {
    expect(isHttpbin(new URL('https://httpbin.org/get'))).toBe(true);
    expect(isHttpbin(new URL('http://httpbin.org/get'))).toBe(true);
    expect(isHttpbin(new URL('https://example.org/get'))).toBe(false);
    expect(isHttpbin(new URL('ftp://httpbin.org/get'))).toBe(false);
  });

  it('echoes /get like httpbin: args (repeated keys as lists), headers, origin, url', () => {
    const response = route('https://httpbin.org/get?a=1&b=2&b=3', 'GET', '', { 'x-lesson': 'gather' });
    expect(response).toMatchObject({ status: 200, type: 'application/json', delayMs: 0 });
    expect(parsed(response)).toEqual({
      args: { a: '1', b: ['2', '3'] },
      headers: {
        Accept: '*/*',
        Host: 'httpbin.org',
        'User-Agent': 'AsyncLab (simulated httpbin.org)',
        'X-Lesson': 'gather',
      },
      origin: '127.0.0.1',
      url: 'https://httpbin.org/get?a=1&b=2&b=3',
    });
  });

  it('waits N seconds for /delay/N, at most 10', () => {
    expect(route('https://httpbin.org/delay/2').delayMs).toBe(2000);
    expect(route('https://httpbin.org/delay/0.5').delayMs).toBe(500);
    expect(route('https://httpbin.org/delay/60').delayMs).toBe(10_000);
    expect(parsed(route('https://httpbin.org/delay/1?q=x'))).toMatchObject({ args: { q: 'x' } });
  });

  it('serves the slideshow at /json', () => {
    expect(parsed(route('https://httpbin.org/json'))).toEqual(SLIDESHOW);
  });

  it('answers /status/CODE with an empty body, and refuses what Response cannot carry', () => {
    expect(route('https://httpbin.org/status/418')).toEqual({ status: 418, body: null, delayMs: 0 });
    expect(route('https://httpbin.org/status/503', 'POST').status).toBe(503);
    expect(route('https://httpbin.org/status/101').status).toBe(400);
    expect(route('https://httpbin.org/status/20').status).toBe(404);
  });

  it('gives N deterministic bytes, at most 100 000, varied by ?seed', () => {
    const response = route('https://httpbin.org/bytes/16');
    expect(response.type).toBe('application/octet-stream');
    expect(response.body).toEqual(pseudoRandomBytes(16, 0));
    expect(route('https://httpbin.org/bytes/16').body).toEqual(response.body);
    expect(route('https://httpbin.org/bytes/16?seed=2').body).not.toEqual(response.body);
    expect((route('https://httpbin.org/bytes/999999').body as Uint8Array).length).toBe(100_000);
  });

  it('echoes bodies for /post, /put, /patch, /delete, and refuses the wrong method', () => {
    const response = route('https://httpbin.org/post?id=4', 'POST', '{"n":1}', { 'content-type': 'application/json' });
    expect(parsed(response)).toMatchObject({
      args: { id: '4' },
      data: '{"n":1}',
      json: { n: 1 },
      headers: { 'Content-Type': 'application/json', 'Content-Length': '7' },
    });
    expect(parsed(route('https://httpbin.org/put', 'PUT', 'plain'))).toMatchObject({ data: 'plain', json: null });
    expect(route('https://httpbin.org/post').status).toBe(405);
    expect(route('https://httpbin.org/get', 'POST').status).toBe(405);
  });

  it('has /uuid, /headers, /ip and /anything', () => {
    const uuid = (parsed(route('https://httpbin.org/uuid')) as { uuid: string }).uuid;
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parsed(route('https://httpbin.org/ip'))).toEqual({ origin: '127.0.0.1' });
    expect(parsed(route('https://httpbin.org/headers'))).toHaveProperty('headers.Host', 'httpbin.org');
    expect(parsed(route('https://httpbin.org/anything/x', 'PATCH', 'hi'))).toMatchObject({
      method: 'PATCH',
      data: 'hi',
    });
  });

  it('explains a 404 for anything else, listing what is supported', () => {
    const response = route('https://httpbin.org/cookies');
    expect(response.status).toBe(404);
    expect(response.body).toContain('/cookies is not one of the endpoints');
    expect(response.body).toContain('/delay/N');
  });
});
