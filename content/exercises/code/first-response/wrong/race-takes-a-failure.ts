// Wrong (fails "a failing mirror does not win"): aborts the losers, but Promise.race lets a mirror that answers 503 win.
/** Three mirrors of the same file. Which one is fastest changes from day to day. */
export const MIRRORS = ['https://httpbin.org/delay/4', 'https://httpbin.org/delay/0.5', 'https://httpbin.org/delay/3'];

/**
 * Asks every mirror at once and resolves with the URL of the first one that answers successfully
 * (status 200–299). The requests to the other mirrors are then aborted.
 */
export async function fastestMirror(urls: readonly string[]): Promise<string> {
  const controller = new AbortController();
  try {
    return await Promise.race(
      urls.map(async (url) => {
        const response = await fetch(url, { signal: controller.signal });
        await response.body?.cancel();
        return url;
      }),
    );
  } finally {
    controller.abort();
  }
}

const t0 = performance.now();
console.log(`fastest: ${await fastestMirror(MIRRORS)} after ${Math.round(performance.now() - t0)} ms`);
