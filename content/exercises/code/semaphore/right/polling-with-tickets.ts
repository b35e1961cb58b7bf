// Right: no queue of resolvers; each caller takes a ticket and polls until it is its turn and a place is free.
import { sleep } from 'async-lab';

/** Lets at most `limit` holders in at a time, like asyncio.Semaphore(limit). */
export class Semaphore {
  /** How many may be in at the same time. */
  readonly limit: number;
  #inside = 0;
  /** Tickets, as at a counter: callers go in in the order they took one. */
  #nextTicket = 0;
  #nowServing = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Resolves when the caller may go in; waits while `limit` others are in. */
  async acquire(): Promise<void> {
    const ticket = this.#nextTicket++;
    while (ticket !== this.#nowServing || this.#inside >= this.limit) {
      await sleep(25); // not much less: every poll is a timer on the timeline, which keeps 2 000 spans
    }
    this.#nowServing++;
    this.#inside++;
  }

  /** Leaves, letting the longest-waiting caller in. */
  release(): void {
    this.#inside--;
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
