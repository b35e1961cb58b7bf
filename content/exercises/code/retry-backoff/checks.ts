import { assert, assertEqual, check, type CheckContext } from 'async-lab/check';

type Retry = (work: () => Promise<string>, attempts: number, baseDelayMs: number) => Promise<unknown>;

function retryOf(ctx: CheckContext): Retry {
  const retry = ctx.exports['retry'];
  assert(typeof retry === 'function', 'main.ts must export the function `retry`.');
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

const round = (ms: number) => Math.round(ms);

check('retries until it succeeds', async (ctx) => {
  const { work, calls } = flaky(2);
  const result = await retryOf(ctx)(work, 5, 20);
  assertEqual(
    result,
    'ok',
    'with work that fails twice, retry(work, 5, 20) should resolve with what the third call returns',
  );
  assert(calls.length === 3, `work that fails twice was called ${calls.length} times; it should be called 3 times.`);
});

check('waits longer before each retry', async (ctx) => {
  const { work, calls } = flaky(2);
  await retryOf(ctx)(work, 5, 200);
  const [first = 0, second = 0, third = 0] = calls;
  const gap1 = second - first;
  const gap2 = third - second;
  assert(
    gap1 >= 180,
    `the first retry came ${round(gap1)} ms after the first failure; with baseDelayMs = 200 it should wait 200 ms.`,
  );
  // Timers may fire late on a busy machine, so only lower bounds are tight: a late first timer must
  // not make a correct backoff look flat. A constant wait (200, 200) still fails here.
  assert(
    gap2 >= 360,
    `the second retry came ${round(gap2)} ms after the second failure (the first waited ${round(gap1)} ms); each wait should be twice the one before: 200 ms, then 400 ms.`,
  );
  assert(
    gap1 < 1000 && gap2 < 1600,
    `the waits were ${round(gap1)} ms and ${round(gap2)} ms; expected about 200 ms and 400 ms.`,
  );
});

check('gives up after the last attempt', async (ctx) => {
  const { work, calls } = flaky(Infinity);
  const outcome = await retryOf(ctx)(work, 3, 200).then(
    (value) => ({ rejected: false, value }),
    (error: unknown) => ({ rejected: true, error }),
  );
  const afterLast = performance.now() - (calls.at(-1) ?? 0);
  assert(outcome.rejected, 'with work that always fails, retry(work, 3, 200) should reject.');
  assert(calls.length === 3, `with attempts = 3, work was called ${calls.length} times.`);
  assert(
    'error' in outcome && outcome.error instanceof Error && outcome.error.message === 'failure 3',
    `retry should reject with the last attempt's error ("failure 3"), not ${'error' in outcome ? String(outcome.error) : 'a value'}.`,
  );
  assert(
    afterLast < 150,
    `retry rejected ${round(afterLast)} ms after the last attempt failed; there is nothing left to wait for, so it should reject at once.`,
  );
});
