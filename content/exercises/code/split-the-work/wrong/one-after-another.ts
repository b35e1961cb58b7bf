// Wrong (fails "the workers count at the same time"): awaits the first half's worker before starting the second, so one core works at a time.
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
  const middle = Math.floor(limit / 2);
  const low = await toThread(countPrimes, 0, middle);
  const high = await toThread(countPrimes, middle, limit);
  return low + high;
}

const t0 = performance.now();
const primes = await countPrimesBelow(1_000_000);
console.log(`${primes} primes below 1 000 000, counted in ${Math.round(performance.now() - t0)} ms`);
