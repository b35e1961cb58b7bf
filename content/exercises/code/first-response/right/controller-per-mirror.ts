// Right: no Promise.any; one AbortController per mirror, and the first success aborts the others.
/** Three mirrors of the same file. Which one is fastest changes from day to day. */
export const MIRRORS = ['https://httpbin.org/delay/4', 'https://httpbin.org/delay/0.5', 'https://httpbin.org/delay/3'];

/**
 * Asks every mirror at once and resolves with the URL of the first one that answers successfully
 * (status 200–299). The requests to the other mirrors are then aborted.
 */
export function fastestMirror(urls: readonly string[]): Promise<string> {
  const requests = urls.map((url) => ({ url, controller: new AbortController() }));
  return new Promise((resolve, reject) => {
    let failed = 0;
    for (const { url, controller } of requests) {
      fetch(url, { signal: controller.signal })
        .then(async (response) => {
          await response.body?.cancel();
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          for (const other of requests) if (other.controller !== controller) other.controller.abort();
          resolve(url);
        })
        .catch((error: unknown) => {
          // Only when every mirror has failed is there nothing left to wait for.
          failed++;
          if (failed === requests.length) reject(error);
        });
    }
  });
}

const t0 = performance.now();
console.log(`fastest: ${await fastestMirror(MIRRORS)} after ${Math.round(performance.now() - t0)} ms`);
