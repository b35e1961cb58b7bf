import { sleep } from 'async-lab';
import { assert, assertEqual, check } from 'async-lab/check';

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
  const beats = ctx.logs.filter((line) => line.kind === 'log' && /^beat \d+/.test(line.text)).map((line) => line.time);
  // 800 ms of hashing at one beat per 100 ms: about 8 beats when the loop stays free.
  assert(
    beats.length >= 5,
    `only ${beats.length} beat(s) were logged while the password was hashed for 800 ms; about 8 are expected. The hash is blocking the event loop.`,
  );
  const { gap, at } = longestGap(beats);
  assert(
    gap < 500,
    `the heartbeat stopped for ${Math.round(gap)} ms (until ${Math.round(at)} ms); it should beat every 100 ms.`,
  );
});

check('hashPassword runs in another thread', async (ctx) => {
  const hashPassword = ctx.exports['hashPassword'];
  assert(typeof hashPassword === 'function', 'main.ts must export the function `hashPassword`.');
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
    assertEqual(hash, EXPECTED, 'hashPassword("correct horse") should give the same result as slowHash');
  } finally {
    done = true;
    await ticker;
  }
  const { gap } = longestGap(ticks);
  assert(
    gap < 500,
    `while hashPassword ran, a timer meant to fire every 50 ms had to wait ${Math.round(gap)} ms: the hash ran on the event loop's thread. Move slowHash into toThread.`,
  );
});
