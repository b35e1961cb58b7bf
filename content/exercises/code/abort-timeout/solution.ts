/**
 * Fetches `url`, but gives up after `ms` milliseconds: then the request is aborted and the promise
 * rejects. A response that arrives in time is returned as it is.
 */
export async function fetchWithTimeout(url: string, ms: number): Promise<Response> {
  const controller = new AbortController();
  // Aborting the signal is what stops the request; the fetch then rejects with an AbortError.
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await fetch(url, { signal: controller.signal });
  } finally {
    clearTimeout(timer); // an answer in time: the timer has nothing left to do
  }
}

const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

const fast = await fetchWithTimeout('https://httpbin.org/delay/0.2', 1000);
await fast.body?.cancel();
console.log(`fast: status ${fast.status} at ${at()}`);

try {
  await fetchWithTimeout('https://httpbin.org/delay/4', 500);
} catch (error) {
  console.log(`slow: ${(error as Error).name} at ${at()}`); // about 700 ms
}
