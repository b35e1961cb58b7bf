// Wrong (fails "the slow request is aborted"): Promise.race with a timer stops waiting after ms, but the request runs to its end.
/**
 * Fetches `url`, but gives up after `ms` milliseconds: then the request is aborted and the promise
 * rejects. A response that arrives in time is returned as it is.
 */
export async function fetchWithTimeout(url: string, ms: number): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DOMException(`gave up after ${ms} ms`, 'AbortError')), ms);
  });
  try {
    return await Promise.race([fetch(url), timeout]);
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
