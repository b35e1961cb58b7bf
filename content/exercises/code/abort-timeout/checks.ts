import { assert, check, type CheckContext } from 'async-lab/check';

type FetchWithTimeout = (url: string, ms: number) => Promise<unknown>;

function fetchWithTimeoutOf(ctx: CheckContext): FetchWithTimeout {
  const fetchWithTimeout = ctx.exports['fetchWithTimeout'];
  assert(typeof fetchWithTimeout === 'function', 'main.ts must export the function `fetchWithTimeout`.');
  return fetchWithTimeout as FetchWithTimeout;
}

check('a fast response comes through', async (ctx) => {
  const response = await fetchWithTimeoutOf(ctx)('https://httpbin.org/delay/0.2', 2000);
  assert(
    response instanceof Response,
    `fetchWithTimeout(/delay/0.2, 2000) should resolve with the Response, got ${String(response)}.`,
  );
  await response.body?.cancel();
  assert(response.status === 200, `fetchWithTimeout(/delay/0.2, 2000) gave status ${response.status}, expected 200.`);
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
    `fetchWithTimeout(/delay/3, 300) resolved after ${Math.round(ms)} ms; it should reject after about 300 ms.`,
  );
  assert(
    ms >= 250 && ms < 1200,
    `fetchWithTimeout(/delay/3, 300) rejected after ${Math.round(ms)} ms; it should give up after about 300 ms.`,
  );
});

check('the slow request is aborted', (ctx) => {
  const slow = ctx.requests.find((r) => r.start <= ctx.elapsedMs && r.url.endsWith('/delay/4'));
  assert(slow !== undefined, 'the code at the bottom of main.ts should call fetchWithTimeout(".../delay/4", 500).');
  const ran = (slow.end ?? ctx.elapsedMs) - slow.start;
  assert(
    ran < 2000,
    `the request to /delay/4 kept running for ${Math.round(ran)} ms, although fetchWithTimeout gave up on it after 500 ms: it only stopped waiting. Pass an AbortSignal to fetch and abort it.`,
  );
});
