import { assert, assertEqual, check, type CheckContext } from 'async-lab/check';

type FastestMirror = (urls: string[]) => Promise<unknown>;

function fastestMirrorOf(ctx: CheckContext): FastestMirror {
  const fastestMirror = ctx.exports['fastestMirror'];
  assert(typeof fastestMirror === 'function', 'main.ts must export the function `fastestMirror`.');
  return fastestMirror as FastestMirror;
}

check('the fastest mirror wins', async (ctx) => {
  const fastestMirror = fastestMirrorOf(ctx);
  const urls = ['https://httpbin.org/delay/1', 'https://httpbin.org/delay/0.2', 'https://httpbin.org/delay/0.6'];
  const { value, ms } = await ctx.time(() => fastestMirror(urls));
  assertEqual(value, 'https://httpbin.org/delay/0.2', 'fastestMirror(/delay/1, /delay/0.2, /delay/0.6) should pick');
  assert(
    ms < 600,
    `fastestMirror took ${Math.round(ms)} ms; the fastest mirror answers after 200 ms, so it should resolve then.`,
  );
});

check('a failing mirror does not win', async (ctx) => {
  const urls = ['https://httpbin.org/status/503', 'https://httpbin.org/delay/0.3'];
  const value = await fastestMirrorOf(ctx)(urls);
  assertEqual(
    value,
    'https://httpbin.org/delay/0.3',
    '/status/503 answers first, but with an error: fastestMirror(/status/503, /delay/0.3) should pick the first mirror that answers successfully',
  );
});

check('the slower requests are aborted', (ctx) => {
  const urls = ctx.exports['MIRRORS'];
  assert(Array.isArray(urls), 'main.ts must export `MIRRORS`, the URLs the code at the bottom asks.');
  // The checks above ask other URLs, so these are the requests main.ts made.
  const mirrors = ctx.requests
    .filter((r) => urls.includes(r.url) && r.url.includes('/delay/'))
    .map((r) => ({ ...r, ran: (r.end ?? ctx.elapsedMs) - r.start, fullMs: 1000 * Number(r.url.split('/delay/')[1]) }));
  assert(mirrors.length >= 2, 'the code at the bottom of main.ts should call fastestMirror(MIRRORS).');
  const winner = mirrors.reduce((a, b) => (a.ran <= b.ran ? a : b));
  for (const loser of mirrors.filter((m) => m !== winner)) {
    // An aborted request ends long before its delay is up; allow a second for a busy machine.
    assert(
      loser.ran < loser.fullMs - 1000,
      `the request to ${loser.url} ran for ${Math.round(loser.ran)} ms, its full time, although ${winner.url} had answered after ${Math.round(winner.ran)} ms: Promise.race stops waiting, not the requests. Give every fetch the same AbortSignal and abort it once you have a winner.`,
    );
  }
});
