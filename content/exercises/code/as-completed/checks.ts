import { sleep } from 'async-lab';
import { assert, check, type CheckContext } from 'async-lab/check';

type AsCompleted = (promises: Iterable<Promise<string>>) => AsyncIterable<string>;

function asCompletedOf(ctx: CheckContext): AsCompleted {
  const asCompleted = ctx.exports['asCompleted'];
  assert(
    typeof asCompleted === 'function',
    ctx.say({ en: 'main.ts must export the function `asCompleted`.', 'zh-cn': 'main.ts 必须导出函数 `asCompleted`。' }),
  );
  return asCompleted as AsCompleted;
}

/** When each promise made by `after` settled (performance.now()), by its value. */
const settledAt = new Map<string, number>();

async function after<T extends string>(ms: number, value: T): Promise<T> {
  await sleep(ms);
  settledAt.set(value, performance.now());
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
  return { arrivals, error, total: performance.now() - start, start };
}

check('yields in completion order', async (ctx) => {
  const { arrivals, error } = await collect(asCompletedOf(ctx), [
    after(600, 'slow'),
    after(200, 'fast'),
    after(400, 'medium'),
  ]);
  assert(
    error === null,
    ctx.say({
      en: `the loop threw ${String(error)}, but none of the promises rejected.`,
      'zh-cn': `循环抛出了 ${String(error)}，但没有任何 Promise 被拒绝。`,
    }),
  );
  const order = JSON.stringify(arrivals.map((a) => a.value));
  assert(
    order === '["fast","medium","slow"]',
    ctx.say({
      en: `with promises settling after 600, 200 and 400 ms the values came as ${order}; they should come fastest first: ["fast","medium","slow"].`,
      'zh-cn': `三个 Promise 分别在 600、200、400 ms 后敲定，值的到达顺序却是 ${order}；应当最快的先到：["fast","medium","slow"]。`,
    }),
  );
});

check('each value as soon as it is ready', async (ctx) => {
  settledAt.clear();
  const { arrivals, total, start } = await collect(asCompletedOf(ctx), [
    after(600, 'slow'),
    after(200, 'fast'),
    after(400, 'medium'),
  ]);
  const first = arrivals[0];
  assert(first !== undefined, ctx.say({ en: 'the loop yielded nothing.', 'zh-cn': '循环什么也没有产出。' }));
  // Judged by what happened before what, not by the clock: a loaded machine makes every timer late,
  // but a value that is yielded as soon as it is ready still comes before the slow promise settles.
  const slowAt = (settledAt.get('slow') ?? start + total) - start;
  assert(
    first.at < slowAt,
    ctx.say({
      en: `the first value ("${first.value}") arrived after ${ctx.ms(first.at)}, once every promise had settled (the last at ${ctx.ms(slowAt)}); the fastest settles after 200 ms, and its value should arrive then, without waiting for the others.`,
      'zh-cn': `第一个值（"${first.value}"）在 ${ctx.ms(first.at)} 后才到达，那时所有 Promise 都已敲定（最后一个在 ${ctx.ms(slowAt)}）；最快的 Promise 在 200 ms 后就敲定了，它的值应当那时就到，不必等其他的。`,
    }),
  );
  assert(
    total - slowAt < 300,
    ctx.say({
      en: `the loop ended ${ctx.ms(total - slowAt)} after the slowest promise settled; it should end as soon as that last value is yielded.`,
      'zh-cn': `最慢的 Promise 敲定 ${ctx.ms(total - slowAt)} 之后循环才结束；它应当在产出最后一个值后立即结束。`,
    }),
  );
});

check('a rejection ends the loop', async (ctx) => {
  const failing = failAfter(300, 'boom');
  // Handled here, so that the runtime does not report it as unhandled while asCompleted gets to it.
  failing.catch(() => undefined);
  const { arrivals, error } = await collect(asCompletedOf(ctx), [after(700, 'slow'), failing, after(100, 'fast')]);
  const yielded = JSON.stringify(arrivals.map((a) => a.value));
  assert(
    yielded === '["fast"]',
    ctx.say({
      en: `with a value after 100 ms, a rejection after 300 ms and a value after 700 ms, the loop yielded ${yielded}; it should yield only the first value: ["fast"].`,
      'zh-cn': `100 ms 后有一个值，300 ms 后有一个拒绝，700 ms 后又有一个值，循环产出了 ${yielded}；它应当只产出第一个值：["fast"]。`,
    }),
  );
  assert(
    error instanceof Error && error.message === 'boom',
    ctx.say({
      en: `the loop should then throw the rejection ("boom"), but ${error === null ? 'it ended without an error' : `it threw ${String(error)}`}.`,
      'zh-cn': `接着循环应当抛出那个拒绝（"boom"），但它${error === null ? '没有抛出错误就结束了' : `抛出的是 ${String(error)}`}。`,
    }),
  );
});
