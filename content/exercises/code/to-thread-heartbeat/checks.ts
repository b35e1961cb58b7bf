import { sleep } from 'async-lab';
import { assert, check } from 'async-lab/check';

/** slowHash('correct horse'): FNV-1a of the password. */
const EXPECTED = 'a2f171bc';

/** The longest pause between two consecutive times, and where it ended. */
function longestGap(times: readonly number[]): { gap: number; at: number } {
  let longest = { gap: 0, at: 0 };
  for (let i = 1; i < times.length; i++) {
    const gap = (times[i] ?? 0) - (times[i - 1] ?? 0);
    if (gap > longest.gap) longest = { gap, at: times[i] ?? 0 };
  }
  return longest;
}

check('the heartbeat keeps ticking', (ctx) => {
  // The hash's 800 ms of work, in another thread: a worker on the timeline (toThread draws one) that
  // was busy at least that long. Without one, the beats prove nothing: sleeping 800 ms instead of
  // hashing keeps them going too.
  const thread = ctx.spans
    .filter((span) => span.kind === 'worker' && span.start <= ctx.elapsedMs)
    .map((span) => ({ start: span.start, end: span.end ?? ctx.elapsedMs }))
    .find((span) => span.end - span.start >= 750);
  assert(
    thread !== undefined,
    ctx.say({
      en: 'no thread did the 800 ms of hashing: the timeline shows no worker busy for that long. Run slowHash(password, 800) with toThread.',
      'zh-cn':
        '没有任何线程完成那 800 ms 的哈希计算：时间线上没有忙了那么久的 worker。用 toThread 运行 slowHash(password, 800)。',
    }),
  );
  // While that thread works, the loop's thread should be free: about 8 beats, at one per 100 ms.
  const beats = ctx.logs
    .filter((line) => line.kind === 'log' && /^beat \d+/.test(line.text))
    .map((line) => line.time)
    .filter((time) => time >= thread.start && time <= thread.end);
  assert(
    beats.length >= 5,
    ctx.say({
      en: `only ${beats.length} beat(s) were logged while the password was hashed for 800 ms; about 8 are expected. The hash is blocking the event loop.`,
      'zh-cn': `密码哈希的 800 ms 里只打印了 ${beats.length} 次心跳；预期约 8 次。哈希计算阻塞了事件循环。`,
    }),
  );
  const { gap, at } = longestGap([thread.start, ...beats, thread.end]);
  // Hashing on the loop's thread stops it for the whole 800 ms. A right answer kept gaps of 100 ms
  // on a quiet machine, and up to 570 ms on CI's loaded one, where the thread doing the hash and the
  // loop share two busy cores: the bound sits near the wrong side.
  assert(
    gap < 700,
    ctx.say({
      en: `the heartbeat stopped for ${ctx.ms(gap)} (until ${ctx.ms(at)}) while the password was hashed; it should beat every 100 ms.`,
      'zh-cn': `哈希计算期间，心跳停了 ${ctx.ms(gap)}（直到 ${ctx.ms(at)}）；它应当每 100 ms 跳一次。`,
    }),
  );
});

check('hashPassword runs in another thread', async (ctx) => {
  const hashPassword = ctx.exports['hashPassword'];
  assert(
    typeof hashPassword === 'function',
    ctx.say({
      en: 'main.ts must export the function `hashPassword`.',
      'zh-cn': 'main.ts 必须导出函数 `hashPassword`。',
    }),
  );
  // A ticker of our own: if hashPassword blocks the thread, the ticks stop.
  const ticks = [performance.now()];
  let done = false;
  const ticker = (async () => {
    while (!done) {
      await sleep(50);
      ticks.push(performance.now());
    }
  })();
  try {
    const hash = await (hashPassword as (password: string) => Promise<unknown>)('correct horse');
    assert(
      hash === EXPECTED,
      ctx.say({
        en: `hashPassword("correct horse") gave ${JSON.stringify(hash)}; it should give the same result as slowHash, "${EXPECTED}".`,
        'zh-cn': `hashPassword("correct horse") 返回了 ${JSON.stringify(hash)}；应当与 slowHash 的结果相同，即 "${EXPECTED}"。`,
      }),
    );
  } finally {
    done = true;
    await ticker;
  }
  const { gap } = longestGap(ticks);
  assert(
    gap < 700, // as above
    ctx.say({
      en: `while hashPassword ran, a timer meant to fire every 50 ms had to wait ${ctx.ms(gap)}: the hash ran on the event loop's thread. Move slowHash into toThread.`,
      'zh-cn': `hashPassword 运行期间，一个本应每 50 ms 触发的定时器等了 ${ctx.ms(gap)}：哈希计算跑在了事件循环的线程上。把 slowHash 放进 toThread。`,
    }),
  );
});
