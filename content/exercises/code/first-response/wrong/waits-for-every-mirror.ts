// Wrong (fails "the fastest mirror wins"): waits for every mirror with allSettled, then picks the first success in the list.
/** Three mirrors of the same file. Which one is fastest changes from day to day. */
export const MIRRORS = ['https://httpbin.org/delay/4', 'https://httpbin.org/delay/0.5', 'https://httpbin.org/delay/3'];

/**
 * Asks every mirror at once and resolves with the URL of the first one that answers successfully
 * (status 200–299). The requests to the other mirrors are then aborted.
 */
export async function fastestMirror(urls: readonly string[]): Promise<string> {
  const settled = await Promise.allSettled(
    urls.map(async (url) => {
      const response = await fetch(url);
      await response.body?.cancel();
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return url;
    }),
  );
  const winner = settled.find((result) => result.status === 'fulfilled');
  if (!winner) throw new Error('no mirror answered');
  return winner.value;
}

const t0 = performance.now();
console.log(`fastest: ${await fastestMirror(MIRRORS)} after ${Math.round(performance.now() - t0)} ms`);
