// Right: splits the range into one part per core the browser reports (at least two), all counted at once.
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
  const parts = Math.max(2, navigator.hardwareConcurrency || 2);
  const bounds = Array.from({ length: parts + 1 }, (_, i) => Math.floor((limit * i) / parts));
  const counts = await Promise.all(bounds.slice(1).map((to, i) => toThread(countPrimes, bounds[i] ?? 0, to)));
  return counts.reduce((sum, count) => sum + count, 0);
}

const t0 = performance.now();
const primes = await countPrimesBelow(1_000_000);
console.log(`${primes} primes below 1 000 000, counted in ${Math.round(performance.now() - t0)} ms`);
