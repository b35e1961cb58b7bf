import { sleep } from 'async-lab';
import { assert, check, type CheckContext } from 'async-lab/check';

/**
 * Counts ticks, not gaps: on a loaded machine a right answer can stall for a second (the e2e suite saw
 * 1.2 s), but it still lets a due timer run at every pause, while a wrong one lets none run at all.
 * `times` must tick at least `least` times, and once in the last third of [start, end].
 */
function ticksThrough(times: readonly number[], start: number, end: number, least: number): boolean {
  const inside = times.filter((time) => time > start && time < end);
  return inside.length >= least && (inside.at(-1) ?? start) >= start + ((end - start) * 2) / 3;
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
  const beats = ctx.logs.filter((line) => line.kind === 'log' && /^beat \d+ at \d+ ms$/.test(line.text));
  const total = ctx.logs.find((line) => line.kind === 'log' && /^total \d+ at \d+ ms$/.test(line.text));
  assert(
    beats[0] !== undefined && total !== undefined,
    ctx.say({
      en: 'keep the heartbeat code at the bottom of main.ts: the run should log "beat 1 at … ms" and, at the end, "total … at … ms".',
      'zh-cn': '保留 main.ts 底部的心跳代码：运行时应当打印 “beat 1 at … ms”，最后打印 “total … at … ms”。',
    }),
  );
  const start = beats[0].time;
  const times = beats.map((line) => line.time);
  const between = times.filter((time) => time > start && time < total.time).length;
  // 400 records of 2 ms: about 8 beats after the first when scoreAll pauses for the timers, none when
  // it does not, and only early ones when it stops pausing halfway.
  assert(
    ticksThrough(times, start, total.time, 3),
    ctx.say({
      en: `between the first beat and the total (${ctx.ms(total.time - start)}) the heartbeat beat ${between} more time(s), and not all the way through; it should beat every 100 ms. The loop did not get to the timers while the records were scored.`,
      'zh-cn': `从第一次心跳到打印总和（${ctx.ms(total.time - start)}），心跳只多跳了 ${between} 次，而且没有一直跳到最后；它应当每 100 ms 跳一次。给记录打分期间，事件循环没能轮到定时器。`,
    }),
  );
});

check('scoreAll lets timers run', async (ctx) => {
  const scoreAll = scoreAllOf(ctx);
  // A timer of our own, due every 20 ms: it fires only if scoreAll pauses for a macrotask.
  const ticks: number[] = [];
  let done = false;
  const ticker = (async () => {
    while (!done) {
      await sleep(20);
      ticks.push(performance.now());
    }
  })();
  const start = performance.now();
  let total: unknown;
  let end = start;
  try {
    total = await scoreAll(200);
    end = performance.now();
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
  // 200 records are 400 ms of work and 20 pauses: a right answer lets the timer fire at about every
  // other pause, 10 to 20 times, the last near the end.
  const fired = ticks.filter((time) => time < end).length;
  assert(
    ticksThrough(ticks, start, end, 6),
    ctx.say({
      en: `while scoreAll(200) ran for ${ctx.ms(end - start)}, a timer due every 20 ms fired ${fired} time(s), not all the way through: scoreAll did not let the event loop reach its timers. Awaiting a promise that is already resolved only queues a microtask.`,
      'zh-cn': `scoreAll(200) 运行的 ${ctx.ms(end - start)} 里，一个每 20 ms 到期的定时器只触发了 ${fired} 次，而且没有一直触发到最后：scoreAll 没让事件循环轮到定时器。await 一个已经兑现的 Promise 只会排入一个微任务。`,
    }),
  );
});
