// Wrong (fails "a slow request fails on time"): returns the fetch without await, so finally clears the timer at once and the abort never comes.
/**
 * Fetches `url`, but gives up after `ms` milliseconds: then the request is aborted and the promise
 * rejects. A response that arrives in time is returned as it is.
 */
export async function fetchWithTimeout(url: string, ms: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return fetch(url, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
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
