import { sleep } from 'async-lab';
import { assert, assertEqual, check, type CheckContext } from 'async-lab/check';

type AsCompleted = (promises: Iterable<Promise<string>>) => AsyncIterable<string>;

function asCompletedOf(ctx: CheckContext): AsCompleted {
  const asCompleted = ctx.exports['asCompleted'];
  assert(typeof asCompleted === 'function', 'main.ts must export the function `asCompleted`.');
  return asCompleted as AsCompleted;
}

async function after<T>(ms: number, value: T): Promise<T> {
  await sleep(ms);
  return value;
}

async function failAfter(ms: number, message: string): Promise<never> {
  await sleep(ms);
  throw new Error(message);
}

/** Runs `for await` over asCompleted(promises), noting when each value arrived and how the loop ended. */
async function collect(asCompleted: AsCompleted, promises: Promise<string>[]) {
  const start = performance.now();
  const arrivals: { value: string; at: number }[] = [];
  let error: unknown = null;
  try {
    for await (const value of asCompleted(promises)) arrivals.push({ value, at: performance.now() - start });
  } catch (caught) {
    error = caught;
  }
  return { arrivals, error, total: performance.now() - start };
}

check('yields in completion order', async (ctx) => {
  const { arrivals, error } = await collect(asCompletedOf(ctx), [
    after(600, 'slow'),
    after(200, 'fast'),
    after(400, 'medium'),
  ]);
  assert(error === null, `the loop threw ${String(error)}, but none of the promises rejected.`);
  assertEqual(
    arrivals.map((a) => a.value),
    ['fast', 'medium', 'slow'],
    'with promises settling after 600, 200 and 400 ms the values should come fastest first',
  );
});

check('each value as soon as it is ready', async (ctx) => {
  const { arrivals, total } = await collect(asCompletedOf(ctx), [
    after(600, 'slow'),
    after(200, 'fast'),
    after(400, 'medium'),
  ]);
  const first = arrivals[0];
  assert(first !== undefined, 'the loop yielded nothing.');
  assert(
    first.at < 450,
    `the first value ("${first.value}") arrived after ${Math.round(first.at)} ms; the fastest promise settles after 200 ms, so it should arrive then, without waiting for the others.`,
  );
  assert(
    total < 1000,
    `the loop took ${Math.round(total)} ms; it should end when the slowest promise settles, after about 600 ms.`,
  );
});

check('a rejection ends the loop', async (ctx) => {
  const failing = failAfter(300, 'boom');
  // Handled here, so that the runtime does not report it as unhandled while asCompleted gets to it.
  failing.catch(() => undefined);
  const { arrivals, error } = await collect(asCompletedOf(ctx), [after(700, 'slow'), failing, after(100, 'fast')]);
  assertEqual(
    arrivals.map((a) => a.value),
    ['fast'],
    'with a value after 100 ms, a rejection after 300 ms and a value after 700 ms, the loop should yield only the first value',
  );
  assert(
    error instanceof Error && error.message === 'boom',
    `the loop should then throw the rejection ("boom"), but ${error === null ? 'it ended without an error' : `it threw ${String(error)}`}.`,
  );
});
