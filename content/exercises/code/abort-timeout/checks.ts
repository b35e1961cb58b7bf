import { assert, check, type CheckContext } from 'async-lab/check';

type FetchWithTimeout = (url: string, ms: number) => Promise<unknown>;

function fetchWithTimeoutOf(ctx: CheckContext): FetchWithTimeout {
  const fetchWithTimeout = ctx.exports['fetchWithTimeout'];
  assert(
    typeof fetchWithTimeout === 'function',
    ctx.say({
      en: 'main.ts must export the function `fetchWithTimeout`.',
      'zh-cn': 'main.ts 必须导出函数 `fetchWithTimeout`。',
    }),
  );
  return fetchWithTimeout as FetchWithTimeout;
}

check('a fast response comes through', async (ctx) => {
  const response = await fetchWithTimeoutOf(ctx)('https://httpbin.org/delay/0.2', 2000);
  assert(
    response instanceof Response,
    ctx.say({
      en: `fetchWithTimeout(/delay/0.2, 2000) should resolve with the Response, got ${String(response)}.`,
      'zh-cn': `fetchWithTimeout(/delay/0.2, 2000) 应当以 Response 完成，实际得到的是 ${String(response)}。`,
    }),
  );
  await response.body?.cancel();
  assert(
    response.status === 200,
    ctx.say({
      en: `fetchWithTimeout(/delay/0.2, 2000) gave status ${response.status}, expected 200.`,
      'zh-cn': `fetchWithTimeout(/delay/0.2, 2000) 得到的状态码是 ${response.status}，应为 200。`,
    }),
  );
});

check('a slow request fails on time', async (ctx) => {
  const fetchWithTimeout = fetchWithTimeoutOf(ctx);
  const { value: outcome, ms } = await ctx.time(() =>
    fetchWithTimeout('https://httpbin.org/delay/3', 300).then(
      (response) => ({ rejected: false, response }),
      (error: unknown) => ({ rejected: true, error }),
    ),
  );
  assert(
    outcome.rejected,
    ctx.say({
      en: `fetchWithTimeout(/delay/3, 300) resolved after ${ctx.ms(ms)}; it should reject after about 300 ms.`,
      'zh-cn': `fetchWithTimeout(/delay/3, 300) 在 ${ctx.ms(ms)} 后正常完成了；它应当在约 300 ms 后拒绝。`,
    }),
  );
  assert(
    ms >= 250 && ms < 1200,
    ctx.say({
      en: `fetchWithTimeout(/delay/3, 300) rejected after ${ctx.ms(ms)}; it should give up after about 300 ms.`,
      'zh-cn': `fetchWithTimeout(/delay/3, 300) 在 ${ctx.ms(ms)} 后拒绝；它应当在约 300 ms 后放弃。`,
    }),
  );
});

check('the slow request is aborted', (ctx) => {
  const slow = ctx.requests.find((r) => r.start <= ctx.elapsedMs && r.url.endsWith('/delay/4'));
  assert(
    slow !== undefined,
    ctx.say({
      en: 'the code at the bottom of main.ts should call fetchWithTimeout(".../delay/4", 500).',
      'zh-cn': 'main.ts 末尾的代码应当调用 fetchWithTimeout(".../delay/4", 500)。',
    }),
  );
  const ran = (slow.end ?? ctx.elapsedMs) - slow.start;
  assert(
    ran < 2000,
    ctx.say({
      en: `the request to /delay/4 kept running for ${ctx.ms(ran)}, although fetchWithTimeout gave up on it after 500 ms: it only stopped waiting. Pass an AbortSignal to fetch and abort it.`,
      'zh-cn': `发往 /delay/4 的请求一直运行了 ${ctx.ms(ran)}，尽管 fetchWithTimeout 在 500 ms 后就放弃了它：它只是不再等待，请求本身并没有停下。把一个 AbortSignal 传给 fetch，并中止它。`,
    }),
  );
});
