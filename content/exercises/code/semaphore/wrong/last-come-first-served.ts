// Wrong (fails "first come, first served"): release() lets the newest waiting caller in (pop), not the one waiting longest.
/** Lets at most `limit` holders in at a time, like asyncio.Semaphore(limit). */
export class Semaphore {
  /** How many may be in at the same time. */
  readonly limit: number;
  #free: number;
  /** Callers waiting to go in, first come first served. */
  readonly #waiting: (() => void)[] = [];

  constructor(limit: number) {
    this.limit = limit;
    this.#free = limit;
  }

  /** Resolves when the caller may go in; waits while `limit` others are in. */
  async acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  /** Leaves, letting the longest-waiting caller in. */
  release(): void {
    const next = this.#waiting.pop();
    if (next) next();
    else this.#free++;
  }
}

/** Fetches every URL with at most `limit` requests in flight, and returns the statuses in order. */
export async function fetchLimited(urls: readonly string[], limit: number): Promise<number[]> {
  const semaphore = new Semaphore(limit);
  return Promise.all(
    urls.map(async (url) => {
      await semaphore.acquire();
      try {
        const response = await fetch(url);
        await response.body?.cancel();
        return response.status;
      } finally {
        semaphore.release(); // also when the request fails
      }
    }),
  );
}

// 20 requests of 300 ms, at most 3 at a time: 7 rounds, about 2.1 s.
const urls = Array.from({ length: 20 }, () => 'https://httpbin.org/delay/0.3');
const t0 = performance.now();
const statuses = await fetchLimited(urls, 3);
console.log(`${statuses.length} responses in ${Math.round(performance.now() - t0)} ms`);
