// Wrong (fails "the workers count at the same time"): moves the whole count into one worker: the event loop is free, but one core does all the work.
import { toThread } from 'async-lab';

/** Counts the primes n with from <= n < to, by trial division. Self-contained, so it can run in another thread. */
export function countPrimes(from: number, to: number): number {
  let count = 0;
  for (let n = Math.max(from, 2); n < to; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

/** How many primes are below `limit`, the range split in two halves counted on two cores at once. */
export async function countPrimesBelow(limit: number): Promise<number> {
  return toThread(countPrimes, 0, limit);
}

const t0 = performance.now();
const primes = await countPrimesBelow(1_000_000);
console.log(`${primes} primes below 1 000 000, counted in ${Math.round(performance.now() - t0)} ms`);
