import { assert, check, type CheckContext } from 'async-lab/check';

type Retry = (work: () => Promise<string>, attempts: number, baseDelayMs: number) => Promise<unknown>;

function retryOf(ctx: CheckContext): Retry {
  const retry = ctx.exports['retry'];
  assert(
    typeof retry === 'function',
    ctx.say({ en: 'main.ts must export the function `retry`.', 'zh-cn': 'main.ts 必须导出函数 `retry`。' }),
  );
  return retry as Retry;
}

/** Work that fails `failures` times and then succeeds, remembering when it was called. */
function flaky(ctx: CheckContext, failures: number) {
  const calls: number[] = [];
  const work = async () => {
    // On the run's clock, so the calls line up with the timers' spans (askedWaits).
    calls.push(ctx.now());
    if (calls.length <= failures) throw new Error(`failure ${calls.length}`);
    return 'ok';
  };
  return { work, calls };
}

check('retries until it succeeds', async (ctx) => {
  const { work, calls } = flaky(ctx, 2);
  const result = await retryOf(ctx)(work, 5, 20);
  assert(
    result === 'ok',
    ctx.say({
      en: `with work that fails twice, retry(work, 5, 20) resolved with ${JSON.stringify(result)}; it should resolve with what the third call returns, "ok".`,
      'zh-cn': `work 会先失败两次，retry(work, 5, 20) 却以 ${JSON.stringify(result)} 完成；它应当以第三次调用的返回值 "ok" 完成。`,
    }),
  );
  assert(
    calls.length === 3,
    ctx.say({
      en: `work that fails twice was called ${calls.length} times; it should be called 3 times.`,
      'zh-cn': `会失败两次的 work 被调用了 ${calls.length} 次；应当调用 3 次。`,
    }),
  );
});

/**
 * The wait each retry asked for: the timer (`sleep(250)`, `setTimeout 250 ms`, the runtime's
 * timeline labels) that started between one call and the next. A loaded machine makes timers late,
 * never shorter than asked, so what was asked is what tells 250 from 500; null when no such timer ran.
 */
function askedWaits(ctx: CheckContext, calls: readonly number[]): (number | null)[] {
  const asked = (label: string): number | null => {
    const match = /^sleep\((\d+(?:\.\d+)?)\)$|^setTimeout (\d+(?:\.\d+)?) ms/.exec(label);
    return match ? Number(match[1] ?? match[2]) : null;
  };
  return calls.slice(1).map((next, i) => {
    const from = calls[i] ?? next;
    const waits = ctx.spans
      .filter((span) => span.kind === 'timer' && span.start >= from && span.start <= next)
      .map((span) => asked(span.label))
      .filter((ms): ms is number => ms !== null);
    return waits.length > 0 ? Math.max(...waits) : null;
  });
}

check('waits longer before each retry', async (ctx) => {
  const { work, calls } = flaky(ctx, 3);
  await retryOf(ctx)(work, 5, 250);
  const measured = calls.slice(1).map((call, i) => call - (calls[i] ?? call));
  // Read after retry has finished: ctx.spans holds the timers its waits started.
  const asked = askedWaits(ctx, calls);
  const waits = measured.map((ms, i) => asked[i] ?? ms);
  const [first = 0, second = 0, third = 0] = waits;
  const list = (ms: number[]) => ms.map((value) => ctx.ms(value));
  const [a, b, c] = list([first, second, third]);
  assert(
    measured.every((ms, i) => ms >= (waits[i] ?? 0) - 20),
    ctx.say({
      en: `retry asked for waits of ${list(waits).join(', ')} but called work again after ${list(measured).join(', ')}: await each wait before the next try.`,
      'zh-cn': `retry 要求等待 ${list(waits).join('、')}，却在 ${list(measured).join('、')} 之后就再次调用了 work：每次等待都要 await 完，再进行下一次尝试。`,
    }),
  );
  // Lower bounds for a wait no timer explains (a late timer only lengthens it); the one upper bound
  // tells 2 × base from base for the first wait. Where a timer explains a wait, its asked length
  // is exact, so a right answer passes however late a loaded machine runs it.
  assert(
    first >= 230 && first < 480,
    ctx.say({
      en: `with baseDelayMs = 250, the first retry waited ${a} after the first failure; it should wait baseDelayMs, 250 ms.`,
      'zh-cn': `baseDelayMs = 250 时，第一次重试在第一次失败后等了 ${a}；应当等 baseDelayMs，即 250 ms。`,
    }),
  );
  assert(
    second >= 460 && second >= first + 100 && third >= 920 && third >= second + 100,
    ctx.say({
      en: `with baseDelayMs = 250 and work that fails three times, the waits were ${a}, ${b} and ${c}; each should be twice the one before: 250, 500, then 1 000 ms.`,
      'zh-cn': `baseDelayMs = 250、work 失败三次时，三次等待分别是 ${a}、${b} 和 ${c}；每次都应当是上一次的两倍：250、500、再 1 000 ms。`,
    }),
  );
});

check('gives up after the last attempt', async (ctx) => {
  const { work, calls } = flaky(ctx, Infinity);
  const outcome = await retryOf(ctx)(work, 3, 200).then(
    (value) => ({ rejected: false, value }),
    (error: unknown) => ({ rejected: true, error }),
  );
  const afterLast = ctx.now() - (calls.at(-1) ?? 0);
  assert(
    outcome.rejected,
    ctx.say({
      en: 'with work that always fails, retry(work, 3, 200) should reject.',
      'zh-cn': 'work 每次都失败时，retry(work, 3, 200) 应当拒绝。',
    }),
  );
  assert(
    calls.length === 3,
    ctx.say({
      en: `with attempts = 3, work was called ${calls.length} times.`,
      'zh-cn': `attempts = 3 时，work 被调用了 ${calls.length} 次。`,
    }),
  );
  assert(
    'error' in outcome && outcome.error instanceof Error && outcome.error.message === 'failure 3',
    ctx.say({
      en: `retry should reject with the last attempt's error ("failure 3"), not ${'error' in outcome ? String(outcome.error) : 'a value'}.`,
      'zh-cn': `retry 应当以最后一次尝试的错误（"failure 3"）拒绝，而不是${'error' in outcome ? ` ${String(outcome.error)}` : '一个值'}。`,
    }),
  );
  assert(
    afterLast < 100,
    ctx.say({
      en: `retry rejected ${ctx.ms(afterLast)} after the last attempt failed; there is nothing left to wait for, so it should reject at once.`,
      'zh-cn': `最后一次尝试失败后，retry 过了 ${ctx.ms(afterLast)} 才拒绝；已经没有什么可等的了，应当立即拒绝。`,
    }),
  );
});
