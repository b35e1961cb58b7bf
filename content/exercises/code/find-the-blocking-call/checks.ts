import { assert, check, type CheckContext } from 'async-lab/check';

const REPORT = 'report: Ada: 3 orders, 50.00 EUR';
/** The blocking library call works for 800 ms; the others, moved to a worker by mistake, take far less. */
const LONG_MS = 700;

/** The calls the run handed to a worker (toThread draws a worker bar for each), with how long each took. */
function threads(ctx: CheckContext): { label: string; ms: number }[] {
  return ctx.spans
    .filter((span) => span.kind === 'worker' && span.start <= ctx.elapsedMs)
    .map((span) => ({ label: span.label, ms: (span.end ?? ctx.elapsedMs) - span.start }));
}

check('the heartbeat keeps ticking', (ctx) => {
  const beats = ctx.logs.filter((line) => line.kind === 'log' && /^beat \d+ at \d+ ms$/.test(line.text));
  let longest = 0;
  for (let i = 1; i < beats.length; i++) longest = Math.max(longest, (beats[i]?.time ?? 0) - (beats[i - 1]?.time ?? 0));
  // Building the report takes about 1.3 s: a free loop beats 13 times, 100 ms apart. One call blocks for
  // 800 ms; left on the loop it makes a gap of that size. A loaded machine stretched good gaps to 300 ms.
  assert(
    beats.length >= 5 && longest < 500,
    ctx.say({
      en: `the heartbeat logged ${beats.length} beat(s), the longest silence ${ctx.ms(longest)}; it should beat every 100 ms. One of the library's calls blocks the event loop's thread: find it on the timeline (a blocked bar).`,
      'zh-cn': `心跳只打印了 ${beats.length} 次，最长停顿 ${ctx.ms(longest)}；它应当每 100 ms 跳一次。库里有一个调用阻塞了事件循环的线程：在时间线上（阻塞带）找出它。`,
    }),
  );
});

check('the report is right', (ctx) => {
  const lines = ctx.logs.filter((line) => line.kind === 'log' && line.text.startsWith('report:')).map((l) => l.text);
  assert(
    lines.length === 1 && lines[0] === REPORT,
    ctx.say({
      en: `the program should log "${REPORT}" once; it logged ${JSON.stringify(lines)}.`,
      'zh-cn': `程序应当打印一次 "${REPORT}"；实际打印的是 ${JSON.stringify(lines)}。`,
    }),
  );
});

check('the blocking call runs in a thread, once', (ctx) => {
  const long = threads(ctx).filter((thread) => thread.ms >= LONG_MS);
  assert(
    long.length === 1,
    ctx.say({
      en: `the call that works for 800 ms should run in a worker exactly once; the timeline shows ${long.length} worker(s) busy that long. Hand that one function (not its result) to toThread.`,
      'zh-cn': `忙上 800 ms 的那个调用应当恰好在 worker 里运行一次；时间线上忙了这么久的 worker 有 ${long.length} 个。把这个函数本身（不是它的结果）交给 toThread。`,
    }),
  );
});

check('the other calls stay on the loop', (ctx) => {
  const short = threads(ctx).filter((thread) => thread.ms < LONG_MS);
  assert(
    short.length === 0,
    ctx.say({
      en: `${short.length} call(s) that do not block ran in workers too. Move only the blocking call: a worker for a quick call costs more than it saves.`,
      'zh-cn': `还有 ${short.length} 个不阻塞的调用也放进了 worker。只移走那个阻塞的调用：为一个很快的调用开 worker，得不偿失。`,
    }),
  );
  // fetchUser and fetchOrders wait with sleep: awaited on the loop, each draws its timer.
  const timers = new Set(ctx.spans.filter((span) => span.kind === 'timer').map((span) => span.label));
  assert(
    timers.has('sleep(200)') && timers.has('sleep(300)'),
    ctx.say({
      en: 'fetchUser and fetchOrders should still be awaited on the event loop (their sleep(200) and sleep(300) are missing from the timeline).',
      'zh-cn': 'fetchUser 和 fetchOrders 仍然应当在事件循环上被 await（时间线上缺少它们的 sleep(200) 和 sleep(300)）。',
    }),
  );
});
