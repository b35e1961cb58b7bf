import { describe, expect, it } from 'vitest';
import type { CheckResult, TimelineSpan } from '../../schemas/run-protocol';
import { createCheckHarness } from './check-harness';

const FETCH_SPAN: TimelineSpan = {
  id: 1,
  kind: 'fetch',
  label: 'GET https://httpbin.org/get (simulated)',
  start: 1,
  end: 9,
};

function setup(idleAt = 1000, locale: 'en' | 'zh-cn' = 'en', spans: TimelineSpan[] = [FETCH_SPAN]) {
  const posted: CheckResult[][] = [];
  const harness = createCheckHarness({
    post: (r) => posted.push(r),
    clock: () => 42,
    whenIdle: () => Promise.resolve(idleAt),
    logs: () => [{ time: 5, kind: 'log', text: 'hello' }],
    spans: () => [...spans],
    delay: () => undefined,
    locale,
    snapshot: () => ({ restore: () => true }),
  });
  return { harness, posted };
}

describe('createCheckHarness', () => {
  it('gives checks the page’s language, a way to pick their message in it, and ms as the console writes them', async () => {
    const { harness, posted } = setup(1000, 'zh-cn');
    harness.check('says', (ctx) => {
      throw new Error(`${ctx.locale} ${ctx.say({ en: 'too slow', 'zh-cn': '太慢了' })} ${ctx.ms(1009)}`);
    });
    await harness.run({});
    expect(posted.at(-1)).toEqual([{ name: 'says', status: 'failed', message: 'zh-cn 太慢了 1 009 ms' }]);
  });

  it('words assertEqual’s mismatch in the page’s language', () => {
    expect(setup(1000, 'en').harness.mismatch('3', '2')).toBe('expected 3, got 2');
    expect(setup(1000, 'zh-cn').harness.mismatch('3', '2')).toBe('应为 3，实际为 2');
  });

  it('announces every check as pending, then reports each result in order', async () => {
    const { harness, posted } = setup();
    harness.check('passes', () => undefined);
    harness.check('fails', () => {
      throw new Error('expected 3, got 2');
    });
    harness.check('rejects', async () => Promise.reject(new Error('too slow')));
    harness.announce();
    await harness.run({});
    expect(posted[0]).toEqual([
      { name: 'passes', status: 'pending' },
      { name: 'fails', status: 'pending' },
      { name: 'rejects', status: 'pending' },
    ]);
    expect(posted[1]).toEqual([
      { name: 'passes', status: 'passed' },
      { name: 'fails', status: 'failed', message: 'expected 3, got 2' },
      { name: 'rejects', status: 'failed', message: 'too slow' },
    ]);
  });

  it('gives checks the exports, the time the learner code took, logs and requests', async () => {
    const { harness, posted } = setup(1234);
    let seen: unknown;
    harness.check('context', (ctx) => {
      seen = { exports: ctx.exports, elapsed: ctx.elapsedMs, logs: ctx.logs, requests: ctx.requests };
    });
    await harness.run({ answer: 42 });
    expect(posted.at(-1)).toEqual([{ name: 'context', status: 'passed' }]);
    expect(seen).toEqual({
      exports: { answer: 42 },
      elapsed: 1234,
      logs: [{ time: 5, kind: 'log', text: 'hello' }],
      requests: [{ method: 'GET', url: 'https://httpbin.org/get', simulated: true, start: 1, end: 9 }],
    });
  });

  it('shows a check the spans and requests its own awaited work made, not only those made before it', async () => {
    const spans: TimelineSpan[] = [FETCH_SPAN];
    const { harness, posted } = setup(1000, 'en', spans);
    let seen: unknown;
    harness.check('after work', async (ctx) => {
      const before = ctx.spans.length;
      await Promise.resolve();
      spans.push({ id: 2, kind: 'timer', label: 'sleep(250)', start: 20, end: 270 });
      spans.push({ id: 3, kind: 'fetch', label: 'GET https://httpbin.org/status/500 (simulated)', start: 30, end: 40 });
      seen = { before, now: ctx.now(), after: ctx.spans.map((s) => s.label), requests: ctx.requests.map((r) => r.url) };
    });
    await harness.run({});
    expect(posted.at(-1)).toEqual([{ name: 'after work', status: 'passed' }]);
    expect(seen).toEqual({
      before: 1,
      now: 42,
      after: [
        'GET https://httpbin.org/get (simulated)',
        'sleep(250)',
        'GET https://httpbin.org/status/500 (simulated)',
      ],
      requests: ['https://httpbin.org/get', 'https://httpbin.org/status/500'],
    });
  });
});
