// Right: the reference's doubling on a loaded machine, where the first retry comes 300 ms late; the waits it asks for are still 250, 500, 1 000 ms.
import { blockFor, sleep } from 'async-lab';

/**
 * Calls `work` until it succeeds, at most `attempts` times in all. After a failure it waits before
 * the next try: `baseDelayMs` the first time, then twice as long each time (100, 200, 400 … ms).
 * When the last attempt fails too, it rejects with that attempt's error, without waiting again.
 */
export async function retry<T>(work: () => Promise<T>, attempts: number, baseDelayMs: number): Promise<T> {
  let delay = baseDelayMs;
  for (let attempt = 1; attempt < attempts; attempt++) {
    try {
      return await work();
    } catch (error) {
      console.log(`attempt ${attempt} failed (${(error as Error).message}), retrying in ${delay} ms`);
      // The loaded machine: the first retry comes 300 ms late, as a timer can under load in CI.
      if (attempt === 1) blockFor(300);
      await sleep(delay);
      delay *= 2;
    }
  }
  // The last attempt: if it fails, its error is the one to reject with, at once.
  return work();
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
