import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../schemas/run-protocol';
import { createCheckHarness } from './check-harness';

function setup(idleAt = 1000, locale: 'en' | 'zh-cn' = 'en') {
  const posted: CheckResult[][] = [];
  const harness = createCheckHarness({
    post: (r) => posted.push(r),
    clock: () => 0,
    whenIdle: () => Promise.resolve(idleAt),
    logs: () => [{ time: 5, kind: 'log', text: 'hello' }],
    spans: () => [{ id: 1, kind: 'fetch', label: 'GET https://httpbin.org/get (simulated)', start: 1, end: 9 }],
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
});
