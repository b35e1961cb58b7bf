import { assert, check, type CheckContext } from 'async-lab/check';

function fetchAllOf(ctx: CheckContext): (urls: string[]) => Promise<unknown> {
  const fetchAll = ctx.exports['fetchAll'];
  assert(
    typeof fetchAll === 'function',
    ctx.say({ en: 'main.ts must export the function `fetchAll`.', 'zh-cn': 'main.ts 必须导出函数 `fetchAll`。' }),
  );
  return fetchAll as (urls: string[]) => Promise<unknown>;
}

check('three requests at once', (ctx) => {
  const delays = ctx.requests.filter((r) => r.start <= ctx.elapsedMs && r.url.includes('/delay/'));
  assert(
    delays.length >= 3,
    ctx.say({
      en: `saw ${delays.length} requests to /delay/…; the code at the bottom of main.ts should make three.`,
      'zh-cn': `只看到 ${delays.length} 个发往 /delay/… 的请求；main.ts 末尾的代码应当发出三个。`,
    }),
  );
  const lastStart = Math.max(...delays.map((r) => r.start));
  const firstEnd = Math.min(...delays.map((r) => r.end ?? Infinity));
  assert(
    lastStart < firstEnd,
    ctx.say({
      en: `the last request started at ${ctx.ms(lastStart)}, after the first had already finished (at ${ctx.ms(firstEnd)}). Start every request before you await any of them.`,
      'zh-cn': `最后一个请求在 ${ctx.ms(lastStart)} 才发出，而第一个请求在 ${ctx.ms(firstEnd)} 就已经完成了。先发出所有请求，再 await 其中任何一个。`,
    }),
  );
});

check('total under 1.3× the slowest', (ctx) => {
  const delays = ctx.requests.filter((r) => r.start <= ctx.elapsedMs && r.url.includes('/delay/'));
  assert(
    delays.length > 0,
    ctx.say({ en: 'no request to /delay/… was made.', 'zh-cn': '没有发出任何 /delay/… 请求。' }),
  );
  // Measured rather than assumed (2 000 ms), so that a busy machine slows both sides alike; and from
  // the first request's start to the last one's end, not the whole run, whose start-up and last
  // console lines a busy machine slows too (a right answer once read 2 897 ms against 1.3 × 2 129).
  const ends = delays.map((r) => r.end ?? ctx.elapsedMs);
  const slowest = Math.max(...delays.map((r, i) => (ends[i] ?? ctx.elapsedMs) - r.start));
  const total = Math.max(...ends) - Math.min(...delays.map((r) => r.start));
  assert(
    total < 1.3 * slowest,
    ctx.say({
      en: `the requests took ${ctx.ms(total)} from the first one's start to the last one's end, while the slowest took ${ctx.ms(slowest)}: running concurrently, they should take under ${ctx.ms(1.3 * slowest)} (1.3 × the slowest).`,
      'zh-cn': `从第一个请求发出到最后一个请求完成，共用了 ${ctx.ms(total)}，而最慢的请求只用了 ${ctx.ms(slowest)}。请求并发执行时，应当低于 ${ctx.ms(1.3 * slowest)}（最慢请求的 1.3 倍）。`,
    }),
  );
});

check('statuses in input order', async (ctx) => {
  const fetchAll = fetchAllOf(ctx);
  // The slow request is in the middle: finishing order and input order differ.
  const urls = ['https://httpbin.org/status/418', 'https://httpbin.org/delay/0.3', 'https://httpbin.org/status/204'];
  const statuses = JSON.stringify(await fetchAll(urls));
  assert(
    statuses === '[418,200,204]',
    ctx.say({
      en: `fetchAll(/status/418, /delay/0.3, /status/204) gave ${statuses}; it should give the statuses in the order of the URLs: [418,200,204].`,
      'zh-cn': `fetchAll(/status/418, /delay/0.3, /status/204) 返回了 ${statuses}；状态码应当按 URL 的顺序排列：[418,200,204]。`,
    }),
  );
});
