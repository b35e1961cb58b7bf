import { sleep } from 'async-lab';
import { assert, check, type CheckContext } from 'async-lab/check';

interface Queue {
  put(item: string): Promise<void>;
  get(): Promise<string>;
  readonly size: number;
}

function newQueue(ctx: CheckContext, maxSize?: number): Queue {
  const AsyncQueue = ctx.exports['AsyncQueue'];
  assert(
    typeof AsyncQueue === 'function',
    ctx.say({ en: 'main.ts must export the class `AsyncQueue`.', 'zh-cn': 'main.ts 必须导出类 `AsyncQueue`。' }),
  );
  return new (AsyncQueue as new (maxSize?: number) => Queue)(maxSize);
}

/** Fails with `what` (in the page's language), what was expected and what came, unless both serialize alike. */
function assertSame(ctx: CheckContext, actual: unknown, expected: unknown, what: { en: string; 'zh-cn': string }) {
  const [got, want] = [JSON.stringify(actual), JSON.stringify(expected)];
  assert(
    got === want,
    ctx.say({
      en: `${what.en}: expected ${want}, got ${got}.`,
      'zh-cn': `${what['zh-cn']}：应为 ${want}，实际为 ${got}。`,
    }),
  );
}

/** Whether `promise` settles within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await sleep(ms);
  return settled;
}

check('get waits for put', async (ctx) => {
  const queue = newQueue(ctx);
  const waiting = queue.get();
  waiting.catch(() => undefined); // handled below
  assert(
    !(await settlesWithin(waiting, 50)),
    ctx.say({
      en: 'get() on an empty queue settled at once; it should wait until put() brings an item.',
      'zh-cn': '在空队列上调用 get() 立刻就敲定了；它应当等到 put() 放入一个元素。',
    }),
  );
  await queue.put('hello');
  const item = await Promise.race([
    waiting,
    sleep(200).then(() => ctx.say({ en: 'nothing within 200 ms', 'zh-cn': '200 ms 内什么也没等到' })),
  ]);
  assertSame(ctx, item, 'hello', {
    en: 'after put("hello"), the waiting get() should resolve with the item',
    'zh-cn': 'put("hello") 之后，正在等待的 get() 应当以这个元素完成',
  });
});

check('first in, first out', async (ctx) => {
  const queue = newQueue(ctx);
  for (const item of ['a', 'b', 'c']) await queue.put(item);
  const got = [await queue.get(), await queue.get(), await queue.get()];
  assertSame(ctx, got, ['a', 'b', 'c'], {
    en: 'after put a, b, c, three get() calls should give the items in that order',
    'zh-cn': '依次 put a、b、c 之后，三次 get() 应当按同样的顺序取出',
  });
  // Two consumers waiting: each item goes to exactly one of them, the first to ask gets the first.
  const first = queue.get();
  const second = queue.get();
  await queue.put('x');
  await queue.put('y');
  const both = await Promise.race([
    Promise.all([first, second]),
    sleep(200).then(() => ctx.say({ en: 'still waiting after 200 ms', 'zh-cn': '200 ms 后仍在等待' })),
  ]).catch((error: unknown) => ctx.say({ en: `a rejection: ${String(error)}`, 'zh-cn': `被拒绝：${String(error)}` }));
  assertSame(ctx, both, ['x', 'y'], {
    en: 'with two get() calls waiting, put x then put y should give one item to each, in the order they asked',
    'zh-cn': '有两个 get() 在等待时，先 put x 再 put y，应当按请求的先后各给一个',
  });
});

check('put waits while the queue is full', async (ctx) => {
  const queue = newQueue(ctx, 2);
  await queue.put('1');
  await queue.put('2');
  const third = queue.put('3');
  assert(
    !(await settlesWithin(third, 100)),
    ctx.say({
      en: 'with new AsyncQueue(2) holding two items, put("3") resolved at once; it should wait until get() makes room.',
      'zh-cn': 'new AsyncQueue(2) 已有两个元素时，put("3") 立刻就完成了；它应当等到 get() 腾出位置。',
    }),
  );
  assertSame(ctx, await queue.get(), '1', {
    en: 'get() on the full queue should give the oldest item',
    'zh-cn': '在满队列上调用 get() 应当取出最早放入的元素',
  });
  assert(
    await settlesWithin(third, 100),
    ctx.say({
      en: 'after get() made room, the waiting put("3") did not resolve within 100 ms.',
      'zh-cn': 'get() 腾出位置之后，正在等待的 put("3") 没有在 100 ms 内完成。',
    }),
  );
  assertSame(ctx, [await queue.get(), await queue.get()], ['2', '3'], {
    en: 'then the queue should hold',
    'zh-cn': '此时队列里应当是',
  });
});

check('size counts the queued items', async (ctx) => {
  const queue = newQueue(ctx, 2);
  const sizes = [queue.size];
  await queue.put('a');
  sizes.push(queue.size);
  await queue.put('b');
  sizes.push(queue.size);
  // A put that waits for room has not added its item yet.
  const third = queue.put('c');
  await sleep(20);
  sizes.push(queue.size);
  await queue.get();
  await Promise.race([third, sleep(200)]);
  sizes.push(queue.size);
  await queue.get();
  await queue.get();
  sizes.push(queue.size);
  // An item put while a get() waits goes to that get(), not into the queue.
  const waiting = queue.get();
  waiting.catch(() => undefined); // a get() that throws on an empty queue shows up in the sizes
  await queue.put('d');
  await Promise.race([waiting, sleep(200)]).catch(() => undefined);
  sizes.push(queue.size);
  assertSame(ctx, sizes, [0, 1, 2, 2, 2, 0, 0], {
    en: 'on new AsyncQueue(2), size when empty, after put a, put b, while put c waits, after a get() let c in, after two more get() calls, and after a put that a waiting get() took',
    'zh-cn':
      '在 new AsyncQueue(2) 上，size 依次应为：空队列时、put a 后、put b 后、put c 等待时、一次 get() 让 c 进入后、再两次 get() 后，以及一个正在等待的 get() 取走新 put 的元素后',
  });
});
