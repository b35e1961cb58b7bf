import { assert, check, type CheckContext, mostAtOnce, type RecordedSpan } from 'async-lab/check';

/**
 * The workers of the learner's run (not of the checks' own calls) that counted primes: toThread
 * labels each on the timeline with the function it was given.
 */
function runWorkers(ctx: CheckContext): RecordedSpan[] {
  return ctx.spans.filter(
    (span) => span.kind === 'worker' && span.label === 'toThread(countPrimes)' && span.start <= ctx.elapsedMs,
  );
}

check('the count is right', async (ctx) => {
  const countPrimesBelow = ctx.exports['countPrimesBelow'];
  assert(
    typeof countPrimesBelow === 'function',
    ctx.say({
      en: 'main.ts must export the function `countPrimesBelow`.',
      'zh-cn': 'main.ts 必须导出函数 `countPrimesBelow`。',
    }),
  );
  // 100 042 = 2 × 50 021, and 50 021 is prime: a split that loses or repeats the middle is off by one.
  for (const [limit, expected] of [
    [100_042, 9_594],
    [1_000, 168],
  ] as const) {
    const count: unknown = await (countPrimesBelow as (limit: number) => Promise<unknown>)(limit);
    assert(
      count === expected,
      ctx.say({
        en: `await countPrimesBelow(${limit}) gave ${JSON.stringify(count)}; there are ${expected} primes below ${limit}. The parts must cover the range exactly once: each part's end is the next part's start.`,
        'zh-cn': `await countPrimesBelow(${limit}) 得到的是 ${JSON.stringify(count)}；${limit} 以下共有 ${expected} 个质数。各部分必须恰好覆盖整个范围一次：每部分的终点就是下一部分的起点。`,
      }),
    );
  }
});

check('the counting runs in workers', (ctx) => {
  const workers = runWorkers(ctx);
  assert(
    workers.length >= 2,
    ctx.say({
      en: `your run started ${workers.length} worker(s) running countPrimes (the timeline shows each as toThread(countPrimes)); counting two halves on two cores takes two. An async function runs on the event loop's thread like any other code: only toThread moves work to another thread.`,
      'zh-cn': `你的运行只启动了 ${workers.length} 个运行 countPrimes 的 worker（时间线上每个都显示为 toThread(countPrimes)）；要在两个核心上数两半，就需要两个。async 函数和其他代码一样在事件循环的线程上运行：只有 toThread 会把工作交给另一个线程。`,
    }),
  );
});

check('the workers count at the same time', (ctx) => {
  // Counted, not timed: how many workers were busy at the same moment.
  const most = mostAtOnce(runWorkers(ctx));
  assert(
    most >= 2,
    ctx.say({
      en: `in your run at most ${most} worker(s) were busy at the same moment; the two halves should be counted at once. Start both toThread calls before awaiting either (Promise.all).`,
      'zh-cn': `你的运行中同一时刻最多只有 ${most} 个 worker 在忙；两半应当同时计数。先启动两个 toThread，再等待其中任何一个（Promise.all）。`,
    }),
  );
});
