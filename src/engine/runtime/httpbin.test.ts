import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpbin } from './httpbin';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(locale: 'en' | 'zh-cn' = 'en') {
  const lines: string[] = [];
  const clearTimeout = vi.fn((id: number) => globalThis.clearTimeout(id));
  const fetch = createHttpbin({
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms) as unknown as number,
    clearTimeout,
    clock: () => Date.now(),
    log: (text) => lines.push(text),
    locale,
  });
  return { fetch, lines, clearTimeout };
}

describe('createHttpbin', () => {
  it('leaves every other URL to the network', () => {
    const { fetch } = setup();
    expect(fetch('https://example.org/', undefined)).toBeNull();
    expect(fetch('not a url', undefined)).toBeNull();
  });

  it('starts a request without a body the moment fetch returns, before any microtask', () => {
    // Code that blocks right after the call (the async-http lesson's blockFor) must not delay the
    // request's own clock: a real request is already on the wire.
    const timers: number[] = [];
    const fetch = createHttpbin({
      setTimeout: (_callback, ms) => timers.push(ms),
      clearTimeout: () => undefined,
      clock: () => 0,
      log: () => undefined,
      locale: 'en',
    });
    void fetch('https://httpbin.org/delay/1', undefined);
    void fetch('https://httpbin.org/get', { method: 'HEAD' });
    expect(timers).toEqual([1000, expect.any(Number)]);
  });

  it('answers after the real delay with a Response that reads like fetch', async () => {
    const { fetch, lines } = setup();
    let response: Response | undefined;
    void fetch('https://httpbin.org/delay/2', undefined)?.then((r) => (response = r));
    await vi.advanceTimersByTimeAsync(1999);
    expect(response).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(response?.ok).toBe(true);
    expect(response?.status).toBe(200);
    expect(response?.url).toBe('https://httpbin.org/delay/2');
    expect(response?.headers.get('content-type')).toBe('application/json');
    expect(await response?.json()).toMatchObject({ url: 'https://httpbin.org/delay/2' });
    expect(lines).toEqual(['↪ simulated GET https://httpbin.org/delay/2 → 200 after 2 000 ms']);
  });

  it('writes its console line in the page’s language', async () => {
    const { fetch, lines } = setup('zh-cn');
    const pending = fetch('https://httpbin.org/status/204', undefined);
    await vi.runAllTimersAsync();
    expect((await pending)?.status).toBe(204);
    expect(lines).toEqual(['↪ 模拟的 GET https://httpbin.org/status/204 → 204，用时 0 ms']);
  });

  it('takes a Request, a body and http://', async () => {
    const { fetch } = setup();
    const request = new Request('http://httpbin.org/post', { method: 'POST', body: '{"a":[1]}' });
    const promise = fetch(request, undefined);
    await vi.runAllTimersAsync();
    expect(await (await promise)?.json()).toMatchObject({ json: { a: [1] } });
  });

  it('gives status codes, bytes and text bodies', async () => {
    const { fetch } = setup();
    const [missing, teapot, bytes, notFound] = await Promise.all(
      ['status/404', 'status/418', 'bytes/8', 'nope'].map((path) => {
        const promise = fetch(`https://httpbin.org/${path}`, undefined);
        void vi.runAllTimersAsync();
        return promise;
      }),
    );
    expect(missing?.ok).toBe(false);
    expect(missing?.status).toBe(404);
    expect(await teapot?.text()).toBe('');
    expect((await bytes?.arrayBuffer())?.byteLength).toBe(8);
    expect(await notFound?.text()).toContain('Supported:');
  });

  it('rejects with AbortError and clears its timer when aborted', async () => {
    const { fetch, lines, clearTimeout } = setup();
    const controller = new AbortController();
    const promise = fetch('https://httpbin.org/delay/3', { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(250);
    controller.abort();
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(clearTimeout).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
    expect(lines).toEqual(['↪ simulated GET https://httpbin.org/delay/3 aborted after 250 ms']);
  });

  it('rejects at once for a signal aborted already, with its reason, as fetch does', async () => {
    const { fetch } = setup();
    await expect(fetch('https://httpbin.org/get', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    const reason = new Error('custom');
    await expect(fetch('https://httpbin.org/get', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('rejects, never throws, for a request fetch would refuse', async () => {
    const { fetch } = setup();
    await expect(fetch('https://httpbin.org/get', { body: 'x' })).rejects.toBeInstanceOf(TypeError);
  });
});
