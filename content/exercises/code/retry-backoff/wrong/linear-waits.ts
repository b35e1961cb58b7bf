// Wrong (fails "waits longer before each retry"): linear waits, baseDelayMs × attempt (100, 200, 300 ms), instead of doubling ones.
import { sleep } from 'async-lab';

/**
 * Calls `work` until it succeeds, at most `attempts` times in all. After a failure it waits before
 * the next try: `baseDelayMs` the first time, then twice as long each time (100, 200, 400 … ms).
 * When the last attempt fails too, it rejects with that attempt's error, without waiting again.
 */
export async function retry<T>(work: () => Promise<T>, attempts: number, baseDelayMs: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts) throw error;
      const delay = baseDelayMs * attempt;
      console.log(`attempt ${attempt} failed (${(error as Error).message}), retrying in ${delay} ms`);
      // await sleep, not blockFor: other work keeps running while this one waits.
      await sleep(delay);
    }
  }
}

/** The server is down for the first two calls (HTTP 500, then 503) and answers on the third. */
const answers = ['https://httpbin.org/status/500', 'https://httpbin.org/status/503'];
async function flakyFetch(): Promise<unknown> {
  const response = await fetch(answers.shift() ?? 'https://httpbin.org/json');
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`HTTP ${response.status}`);
  }
  return response.json();
}

const t0 = performance.now();
const data = await retry(flakyFetch, 5, 200);
console.log(`got ${Object.keys(data as object).join(', ')} after ${Math.round(performance.now() - t0)} ms`); // about 600 ms
