import { sleep } from 'async-lab';
import { assert, check, type CheckContext } from 'async-lab/check';

/** The longest pause between two consecutive times, and where it ended. */
function longestGap(times: readonly number[]): { gap: number; at: number } {
  let longest = { gap: 0, at: 0 };
  for (let i = 1; i < times.length; i++) {
    const gap = (times[i] ?? 0) - (times[i - 1] ?? 0);
    if (gap > longest.gap) longest = { gap, at: times[i] ?? 0 };
  }
  return longest;
}

function scoreAllOf(ctx: CheckContext): (count: number) => Promise<unknown> {
  const scoreAll = ctx.exports['scoreAll'];
  assert(
    typeof scoreAll === 'function',
    ctx.say({ en: 'main.ts must export the function `scoreAll`.', 'zh-cn': 'main.ts 必须导出函数 `scoreAll`。' }),
  );
  return scoreAll as (count: number) => Promise<unknown>;
}

check('the heartbeat keeps ticking', (ctx) => {
  // From the first beat to the total: 400 records of 2 ms, about 800 ms, or 1 000 ms with the yields.
  const beats = ctx.logs.filter((line) => line.kind === 'log' && /^beat \d+ at \d+ ms$/.test(line.text));
  const total = ctx.logs.find((line) => line.kind === 'log' && /^total \d+ at \d+ ms$/.test(line.text));
  assert(
    beats.length > 0 && total !== undefined,
    ctx.say({
      en: 'keep the heartbeat code at the bottom of main.ts: the run should log "beat 1 at … ms" and, at the end, "total … at … ms".',
      'zh-cn': '保留 main.ts 底部的心跳代码：运行时应当打印 “beat 1 at … ms”，最后打印 “total … at … ms”。',
    }),
  );
  const times = [...beats.map((line) => line.time).filter((time) => time <= total.time), total.time];
  const { gap, at } = longestGap(times);
  // Yielding every 10 records (20 ms) lets a beat through within about 20 ms of its due time; a
  // microtask lets none through, and the first beat waits for all 800 ms.
  assert(
    times.length >= 6 && gap < 300,
    ctx.say({
      en: `while the records were scored the heartbeat beat ${times.length - 1} time(s) and once stopped for ${ctx.ms(gap)} (until ${ctx.ms(at)}); it should beat every 100 ms. The loop never reached the timers.`,
      'zh-cn': `给记录打分期间，心跳只跳了 ${times.length - 1} 次，有一次停了 ${ctx.ms(gap)}（直到 ${ctx.ms(at)}）；它应当每 100 ms 跳一次。事件循环始终没轮到定时器。`,
    }),
  );
});

check('scoreAll lets timers run', async (ctx) => {
  const scoreAll = scoreAllOf(ctx);
  // A timer of our own, due every 20 ms: it fires only if scoreAll ends some of its steps in a macrotask.
  const ticks = [performance.now()];
  let done = false;
  const ticker = (async () => {
    while (!done) {
      await sleep(20);
      ticks.push(performance.now());
    }
  })();
  let total: unknown;
  try {
    total = await scoreAll(200);
  } finally {
    done = true;
    await ticker;
  }
  assert(
    total === 900,
    ctx.say({
      en: `scoreAll(200) gave ${JSON.stringify(total)}; it should still score every record and give their sum, 900.`,
      'zh-cn': `scoreAll(200) 返回了 ${JSON.stringify(total)}；它仍然应当给每条记录打分并返回总和 900。`,
    }),
  );
  const { gap } = longestGap(ticks);
  // 200 records are 400 ms of work: yielding every 20 ms keeps the gaps near 20–40 ms.
  assert(
    gap < 200,
    ctx.say({
      en: `while scoreAll(200) ran, a timer due every 20 ms had to wait ${ctx.ms(gap)}: scoreAll never let the event loop reach its timers. Awaiting a promise that is already resolved only queues a microtask.`,
      'zh-cn': `scoreAll(200) 运行期间，一个每 20 ms 到期的定时器等了 ${ctx.ms(gap)}：scoreAll 从来没让事件循环轮到定时器。await 一个已经兑现的 Promise 只会排入一个微任务。`,
    }),
  );
});
