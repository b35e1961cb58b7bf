import { sleep } from 'async-lab';
import { assert, assertEqual, check, type CheckContext } from 'async-lab/check';

interface Page {
  items: string[];
  more: boolean;
}
interface PageSource {
  fetchPage(number: number): Promise<Page>;
  release(): void;
}
type AllItems = (source: PageSource) => AsyncIterable<string>;

/** A stand-in source that records what was fetched and released; page `failAt` rejects. */
function recordingSource(pages: string[][], failAt?: number) {
  const fetched: number[] = [];
  let released = 0;
  const source: PageSource = {
    async fetchPage(number) {
      fetched.push(number);
      await sleep(20);
      if (number === failAt) throw new Error(`page ${number}: connection reset`);
      return { items: [...(pages[number - 1] ?? [])], more: number < pages.length };
    },
    release() {
      released++;
    },
  };
  return { source, fetched, released: () => released };
}

function allItemsOf(ctx: CheckContext): AllItems {
  const allItems = ctx.exports['allItems'];
  assert(
    typeof allItems === 'function',
    ctx.say({ en: 'main.ts must export the function `allItems`.', 'zh-cn': 'main.ts 必须导出函数 `allItems`。' }),
  );
  return allItems as AllItems;
}

/** The iterator a `for await` would use: the object allItems returns, asked for its async iterator. */
function iteratorOf(ctx: CheckContext, source: PageSource): AsyncIterator<string> {
  const iterable = allItemsOf(ctx)(source);
  const open = (iterable as Partial<AsyncIterable<string>> | null)?.[Symbol.asyncIterator];
  assert(
    typeof open === 'function',
    ctx.say({
      en: 'allItems(source) must return something `for await` can loop over: an async generator, or an object with [Symbol.asyncIterator]().',
      'zh-cn': 'allItems(source) 必须返回 `for await` 能遍历的东西：异步生成器，或带 [Symbol.asyncIterator]() 的对象。',
    }),
  );
  return open.call(iterable);
}

async function next(iterator: AsyncIterator<string>): Promise<string | undefined> {
  const step = await iterator.next();
  return step.done ? undefined : step.value;
}

check('every item, in order', async (ctx) => {
  const { source } = recordingSource([['a', 'b'], ['c'], ['d', 'e']]);
  const items: string[] = [];
  for await (const item of allItemsOf(ctx)(source)) items.push(item);
  assertEqual(
    items,
    ['a', 'b', 'c', 'd', 'e'],
    ctx.say({
      en: `with pages [a, b], [c], [d, e], the loop got ${JSON.stringify(items)}; it should get every item once, in page order.`,
      'zh-cn': `三页分别是 [a, b]、[c]、[d, e]，循环拿到的是 ${JSON.stringify(items)}；应当按页的顺序把每一项各拿到一次。`,
    }),
  );
});

check('nothing is fetched before the first item is asked for', async (ctx) => {
  const { source, fetched } = recordingSource([['a', 'b'], ['c']]);
  const iterator = iteratorOf(ctx, source);
  await sleep(100);
  assertEqual(
    fetched,
    [],
    ctx.say({
      en: `allItems(source) fetched page ${fetched.join(', ')} before anyone asked for an item. Nothing should happen until the first next().`,
      'zh-cn': `还没有人来要任何一项，allItems(source) 就获取了第 ${fetched.join('、')} 页。第一次 next() 之前，什么都不应该发生。`,
    }),
  );
  const first = await next(iterator);
  await iterator.return?.(undefined);
  assert(
    first === 'a' && fetched.length === 1,
    ctx.say({
      en: `the first next() gave ${JSON.stringify(first)} after fetching pages ${JSON.stringify(fetched)}; it should fetch page 1 only and give "a".`,
      'zh-cn': `第一次 next() 得到 ${JSON.stringify(first)}，此前获取了第 ${JSON.stringify(fetched)} 页；应当只获取第 1 页，得到 "a"。`,
    }),
  );
});

check('a page is fetched only when its first item is asked for', async (ctx) => {
  const { source, fetched } = recordingSource([['a', 'b'], ['c', 'd'], ['e']]);
  const iterator = iteratorOf(ctx, source);
  const seen: string[] = [];
  const fetchedWhileHolding: number[][] = [];
  for (let i = 0; i < 3; i++) {
    seen.push((await next(iterator)) ?? '(done)');
    await sleep(100); // the consumer works on the item: time enough for a prefetch to show
    fetchedWhileHolding.push([...fetched]);
  }
  await iterator.return?.(undefined);
  assertEqual(
    fetchedWhileHolding,
    [[1], [1], [1, 2]],
    ctx.say({
      en: `holding ${seen.join(', ')} in turn, the pages fetched so far were ${fetchedWhileHolding.map((f) => JSON.stringify(f)).join(', ')}; they should be [1], [1], [1,2]: page 2 only once its first item, "c", is asked for.`,
      'zh-cn': `依次拿着 ${seen.join('、')} 时，已获取的页分别是 ${fetchedWhileHolding.map((f) => JSON.stringify(f)).join('、')}；应当是 [1]、[1]、[1,2]：第 2 页要等有人来要它的第一项 "c" 时才获取。`,
    }),
  );
});

check('breaking early fetches no more pages and releases the connection', async (ctx) => {
  const { source, fetched, released } = recordingSource([
    ['a', 'b'],
    ['c', 'd'],
    ['e', 'f'],
  ]);
  for await (const item of allItemsOf(ctx)(source)) {
    if (item === 'c') break;
  }
  const releasedAtBreak = released();
  await sleep(150);
  assertEqual(
    fetched,
    [1, 2],
    ctx.say({
      en: `the loop broke at "c" (page 2), yet pages ${JSON.stringify(fetched)} were fetched; after a break no more pages should be.`,
      'zh-cn': `循环在 "c"（第 2 页）处 break，却获取了第 ${JSON.stringify(fetched)} 页；break 之后不应再获取任何一页。`,
    }),
  );
  assert(
    releasedAtBreak === 1,
    ctx.say({
      en: `after breaking out of the loop, release() had been called ${releasedAtBreak} times; it should be once, by the time the line after the loop runs (for await calls return(), which runs finally).`,
      'zh-cn': `break 跳出循环之后，release() 被调用了 ${releasedAtBreak} 次；到循环后面那一行运行时，应当恰好调用过一次（for await 会调用 return()，由它运行 finally）。`,
    }),
  );
});

check('the connection is released exactly once, even on an error', async (ctx) => {
  const whole = recordingSource([['a'], ['b']]);
  for await (const item of allItemsOf(ctx)(whole.source)) void item;
  assert(
    whole.released() === 1,
    ctx.say({
      en: `after a loop over every item, release() had been called ${whole.released()} times; it should be exactly once.`,
      'zh-cn': `循环遍历完所有项之后，release() 被调用了 ${whole.released()} 次；应当恰好一次。`,
    }),
  );

  const failing = recordingSource([['a'], ['b'], ['c']], 2);
  let error: unknown;
  try {
    for await (const item of allItemsOf(ctx)(failing.source)) void item;
  } catch (caught) {
    error = caught;
  }
  assert(
    error instanceof Error && error.message === 'page 2: connection reset',
    ctx.say({
      en: `when fetchPage(2) rejected with "page 2: connection reset", the loop ${error === undefined ? 'ended without an error' : `got ${String(error)}`}; the error should reach the loop as it is.`,
      'zh-cn': `fetchPage(2) 以 "page 2: connection reset" 拒绝时，循环${error === undefined ? '没有收到错误就结束了' : `收到的是 ${String(error)}`}；这个错误应当原样传到循环。`,
    }),
  );
  assert(
    failing.released() === 1,
    ctx.say({
      en: `when fetchPage(2) rejected, release() was called ${failing.released()} times; it should be exactly once.`,
      'zh-cn': `fetchPage(2) 拒绝时，release() 被调用了 ${failing.released()} 次；应当恰好一次。`,
    }),
  );
});
