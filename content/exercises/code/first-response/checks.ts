import { assert, check, type CheckContext } from 'async-lab/check';

type FastestMirror = (urls: string[]) => Promise<unknown>;

function fastestMirrorOf(ctx: CheckContext): FastestMirror {
  const fastestMirror = ctx.exports['fastestMirror'];
  assert(
    typeof fastestMirror === 'function',
    ctx.say({
      en: 'main.ts must export the function `fastestMirror`.',
      'zh-cn': 'main.ts 必须导出函数 `fastestMirror`。',
    }),
  );
  return fastestMirror as FastestMirror;
}

check('the fastest mirror wins', async (ctx) => {
  const fastestMirror = fastestMirrorOf(ctx);
  const urls = ['https://httpbin.org/delay/1', 'https://httpbin.org/delay/0.2', 'https://httpbin.org/delay/0.6'];
  const { value, ms } = await ctx.time(() => fastestMirror(urls));
  const picked = JSON.stringify(value);
  assert(
    value === 'https://httpbin.org/delay/0.2',
    ctx.say({
      en: `fastestMirror(/delay/1, /delay/0.2, /delay/0.6) picked ${picked}; it should pick "https://httpbin.org/delay/0.2".`,
      'zh-cn': `fastestMirror(/delay/1, /delay/0.2, /delay/0.6) 选了 ${picked}；应当选 "https://httpbin.org/delay/0.2"。`,
    }),
  );
  // Right answers resolve at 200 ms; one that waits for every mirror cannot before 1 000 ms. The
  // bound sits near the wrong side, so a busy machine or a slow phone does not fail a right answer.
  assert(
    ms < 900,
    ctx.say({
      en: `fastestMirror took ${ctx.ms(ms)}; the fastest mirror answers after 200 ms, so it should resolve then.`,
      'zh-cn': `fastestMirror 用了 ${ctx.ms(ms)}；最快的镜像 200 ms 后就会应答，那时它就应当完成。`,
    }),
  );
});

check('a failing mirror does not win', async (ctx) => {
  const urls = ['https://httpbin.org/status/503', 'https://httpbin.org/delay/0.3'];
  const value = await fastestMirrorOf(ctx)(urls);
  assert(
    value === 'https://httpbin.org/delay/0.3',
    ctx.say({
      en: `/status/503 answers first, but with an error: fastestMirror(/status/503, /delay/0.3) picked ${JSON.stringify(value)}; it should pick the first mirror that answers successfully, "https://httpbin.org/delay/0.3".`,
      'zh-cn': `/status/503 最先应答，但返回的是错误：fastestMirror(/status/503, /delay/0.3) 选了 ${JSON.stringify(value)}；应当选第一个成功应答的镜像 "https://httpbin.org/delay/0.3"。`,
    }),
  );
});

check('the slower requests are aborted', (ctx) => {
  const urls = ctx.exports['MIRRORS'];
  assert(
    Array.isArray(urls),
    ctx.say({
      en: 'main.ts must export `MIRRORS`, the URLs the code at the bottom asks.',
      'zh-cn': 'main.ts 必须导出 `MIRRORS`，即末尾代码所请求的那些 URL。',
    }),
  );
  // The checks above ask other URLs, so these are the requests main.ts made.
  const mirrors = ctx.requests
    .filter((r) => urls.includes(r.url) && r.url.includes('/delay/'))
    .map((r) => ({ ...r, ran: (r.end ?? ctx.elapsedMs) - r.start }));
  assert(
    mirrors.length >= 2,
    ctx.say({
      en: 'the code at the bottom of main.ts should call fastestMirror(MIRRORS).',
      'zh-cn': 'main.ts 末尾的代码应当调用 fastestMirror(MIRRORS)。',
    }),
  );
  const winner = mirrors.reduce((a, b) => (a.ran <= b.ran ? a : b));
  const answeredAt = winner.end ?? ctx.elapsedMs;
  for (const loser of mirrors.filter((m) => m !== winner)) {
    const lateBy = (loser.end ?? ctx.elapsedMs) - answeredAt;
    // Aborted once there is a winner, a request ends within a few milliseconds of it. A timeout of
    // its own (AbortSignal.timeout) also ends it early, but not then: 300 ms leaves room for a busy
    // machine and none for a timer.
    assert(
      lateBy < 300,
      ctx.say({
        en: `the request to ${loser.url} ran on for ${ctx.ms(lateBy)} after ${winner.url} had answered (it ran ${ctx.ms(loser.ran)} in all): once there is a winner, the others should be aborted at once. Give every fetch the same AbortSignal and abort it as soon as you have a winner.`,
        'zh-cn': `${winner.url} 应答之后，发往 ${loser.url} 的请求又跑了 ${ctx.ms(lateBy)}（总共 ${ctx.ms(loser.ran)}）：一旦有了胜者，其他请求就应当立刻中止。给每个 fetch 传同一个 AbortSignal，一有胜者就中止它。`,
      }),
    );
  }
});
