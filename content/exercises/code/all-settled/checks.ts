import { assert, check, type CheckContext } from 'async-lab/check';

const GET = 'https://httpbin.org/get';
const S500 = 'https://httpbin.org/status/500';
const JSON_URL = 'https://httpbin.org/json';
const S404 = 'https://httpbin.org/status/404';
const SLOW = 'https://httpbin.org/delay/1';

function fetchReportOf(ctx: CheckContext): (urls: string[]) => Promise<unknown> {
  const fetchReport = ctx.exports['fetchReport'];
  assert(
    typeof fetchReport === 'function',
    ctx.say({ en: 'main.ts must export the function `fetchReport`.', 'zh-cn': 'main.ts 必须导出函数 `fetchReport`。' }),
  );
  return fetchReport as (urls: string[]) => Promise<unknown>;
}

check('one line per URL, in order', async (ctx) => {
  const report = JSON.stringify(await fetchReportOf(ctx)([GET, S500, JSON_URL, S404]));
  const expected = JSON.stringify([
    `ok ${GET}`,
    `failed ${S500}: HTTP 500`,
    `ok ${JSON_URL}`,
    `failed ${S404}: HTTP 404`,
  ]);
  assert(
    report === expected,
    ctx.say({
      en: `fetchReport(/get, /status/500, /json, /status/404) gave ${report}; it should report every URL, the failed ones too: ${expected}.`,
      'zh-cn': `fetchReport(/get, /status/500, /json, /status/404) 返回了 ${report}；它应当报告每个 URL，失败的也要：${expected}。`,
    }),
  );
});

check('waits for the slow requests too', async (ctx) => {
  const fetchReport = fetchReportOf(ctx);
  const { ms } = await ctx.time(() => fetchReport([SLOW, S500, SLOW]));
  assert(
    ms >= 900,
    ctx.say({
      en: `fetchReport(/delay/1, /status/500, /delay/1) returned after ${ctx.ms(ms)}, as soon as /status/500 failed and before the two 1 s requests had finished. Wait for every request, whether it fails or not.`,
      'zh-cn': `fetchReport(/delay/1, /status/500, /delay/1) 在 ${ctx.ms(ms)} 后就返回了：/status/500 一失败就返回，两个 1 秒的请求还没完成。不论成败，都要等每个请求结束。`,
    }),
  );
});

check('runs the requests concurrently', async (ctx) => {
  const fetchReport = fetchReportOf(ctx);
  const { ms } = await ctx.time(() => fetchReport([SLOW, S404, SLOW]));
  assert(
    ms < 1500,
    ctx.say({
      en: `fetchReport(/delay/1, /status/404, /delay/1) took ${ctx.ms(ms)}; with the requests running concurrently it takes about 1 000 ms, the slowest one.`,
      'zh-cn': `fetchReport(/delay/1, /status/404, /delay/1) 用了 ${ctx.ms(ms)}；请求并发执行时，总耗时约 1 000 ms，即最慢的那个请求。`,
    }),
  );
});
