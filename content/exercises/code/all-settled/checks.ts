import { assert, assertEqual, check, type CheckContext } from 'async-lab/check';

const GET = 'https://httpbin.org/get';
const S500 = 'https://httpbin.org/status/500';
const JSON_URL = 'https://httpbin.org/json';
const S404 = 'https://httpbin.org/status/404';
const SLOW = 'https://httpbin.org/delay/1';

function fetchReportOf(ctx: CheckContext): (urls: string[]) => Promise<unknown> {
  const fetchReport = ctx.exports['fetchReport'];
  assert(typeof fetchReport === 'function', 'main.ts must export the function `fetchReport`.');
  return fetchReport as (urls: string[]) => Promise<unknown>;
}

check('one line per URL, in order', async (ctx) => {
  const report = await fetchReportOf(ctx)([GET, S500, JSON_URL, S404]);
  assertEqual(
    report,
    [`ok ${GET}`, `failed ${S500}: HTTP 500`, `ok ${JSON_URL}`, `failed ${S404}: HTTP 404`],
    'fetchReport(/get, /status/500, /json, /status/404) should report every URL, the failed ones too',
  );
});

check('waits for the slow requests too', async (ctx) => {
  const fetchReport = fetchReportOf(ctx);
  const { ms } = await ctx.time(() => fetchReport([SLOW, S500, SLOW]));
  assert(
    ms >= 900,
    `fetchReport(/delay/1, /status/500, /delay/1) returned after ${Math.round(ms)} ms, as soon as /status/500 failed and before the two 1 s requests had finished. Wait for every request, whether it fails or not.`,
  );
});

check('runs the requests concurrently', async (ctx) => {
  const fetchReport = fetchReportOf(ctx);
  const { ms } = await ctx.time(() => fetchReport([SLOW, S404, SLOW]));
  assert(
    ms < 1500,
    `fetchReport(/delay/1, /status/404, /delay/1) took ${Math.round(ms)} ms; with the requests running concurrently it takes about 1 000 ms, the slowest one.`,
  );
});
