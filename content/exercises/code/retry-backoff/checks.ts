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
function flaky(failures: number) {
  const calls: number[] = [];
  const work = async () => {
    calls.push(performance.now());
    if (calls.length <= failures) throw new Error(`failure ${calls.length}`);
    return 'ok';
  };
  return { work, calls };
}

check('retries until it succeeds', async (ctx) => {
  const { work, calls } = flaky(2);
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

check('waits longer before each retry', async (ctx) => {
  const { work, calls } = flaky(3);
  await retryOf(ctx)(work, 5, 250);
  const [first = 0, second = 0, third = 0] = calls.slice(1).map((call, i) => call - (calls[i] ?? call));
  const waits = `${ctx.ms(first)}, ${ctx.ms(second)} and ${ctx.ms(third)}`;
  const waitsZh = `${ctx.ms(first)}、${ctx.ms(second)} 和 ${ctx.ms(third)}`;
  // A late timer only lengthens a wait, so lower bounds never fail a right answer on a busy machine.
  // The one upper bound catches 2 × base for the first wait: that wait is 500 ms or more, never less,
  // so the bound sits just below it (20 ms for a timer that fires a little early). A right answer
  // has 230 ms for a late timer: with 400, a right answer whose first retry came at 412 ms (a timer
  // 162 ms late on a loaded machine) failed.
  assert(
    first >= 230 && first < 480,
    ctx.say({
      en: `with baseDelayMs = 250, the first retry came ${ctx.ms(first)} after the first failure; it should wait baseDelayMs, 250 ms.`,
      'zh-cn': `baseDelayMs = 250 时，第一次重试在第一次失败后 ${ctx.ms(first)} 才开始；应当等 baseDelayMs，即 250 ms。`,
    }),
  );
  assert(
    second >= 460 && second >= first + 100 && third >= 920 && third >= second + 100,
    ctx.say({
      en: `with baseDelayMs = 250 and work that fails three times, the waits were ${waits}; each should be twice the one before: 250, 500, then 1 000 ms.`,
      'zh-cn': `baseDelayMs = 250、work 失败三次时，三次等待分别是 ${waitsZh}；每次都应当是上一次的两倍：250、500、再 1 000 ms。`,
    }),
  );
});

check('gives up after the last attempt', async (ctx) => {
  const { work, calls } = flaky(Infinity);
  const outcome = await retryOf(ctx)(work, 3, 200).then(
    (value) => ({ rejected: false, value }),
    (error: unknown) => ({ rejected: true, error }),
  );
  const afterLast = performance.now() - (calls.at(-1) ?? 0);
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
