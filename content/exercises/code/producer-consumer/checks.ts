import { sleep } from 'async-lab';
import { assert, assertEqual, check, type CheckContext } from 'async-lab/check';

interface Queue {
  put(item: string): Promise<void>;
  get(): Promise<string>;
}

function newQueue(ctx: CheckContext, maxSize?: number): Queue {
  const AsyncQueue = ctx.exports['AsyncQueue'];
  assert(typeof AsyncQueue === 'function', 'main.ts must export the class `AsyncQueue`.');
  return new (AsyncQueue as new (maxSize?: number) => Queue)(maxSize);
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
    'get() on an empty queue settled at once; it should wait until put() brings an item.',
  );
  await queue.put('hello');
  const item = await Promise.race([waiting, sleep(200).then(() => 'nothing within 200 ms')]);
  assertEqual(item, 'hello', 'after put("hello"), the waiting get() should resolve with the item');
});

check('first in, first out', async (ctx) => {
  const queue = newQueue(ctx);
  for (const item of ['a', 'b', 'c']) await queue.put(item);
  const got = [await queue.get(), await queue.get(), await queue.get()];
  assertEqual(got, ['a', 'b', 'c'], 'after put a, b, c, three get() calls should give');
  // Two consumers waiting: each item goes to exactly one of them, the first to ask gets the first.
  const first = queue.get();
  const second = queue.get();
  await queue.put('x');
  await queue.put('y');
  const both = await Promise.race([
    Promise.all([first, second]),
    sleep(200).then(() => 'still waiting after 200 ms'),
  ]).catch((error: unknown) => `a rejection: ${String(error)}`);
  assertEqual(both, ['x', 'y'], 'with two get() calls waiting, put x then put y should give them');
});

check('put waits while the queue is full', async (ctx) => {
  const queue = newQueue(ctx, 2);
  await queue.put('1');
  await queue.put('2');
  const third = queue.put('3');
  assert(
    !(await settlesWithin(third, 100)),
    'with new AsyncQueue(2) holding two items, put("3") resolved at once; it should wait until get() makes room.',
  );
  assertEqual(await queue.get(), '1', 'get() on the full queue should give the oldest item');
  assert(await settlesWithin(third, 100), 'after get() made room, the waiting put("3") did not resolve within 100 ms.');
  assertEqual([await queue.get(), await queue.get()], ['2', '3'], 'then the queue should hold');
});
