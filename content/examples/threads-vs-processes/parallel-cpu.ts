import { toThread } from 'async-lab';

// CPU-bound and self-contained: about 0.6 s of work on a typical laptop.
function countPrimes(limit: number): number {
  let count = 0;
  for (let n = 2; n < limit; n++) {
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

const LIMIT = 3_300_000;

let t0 = performance.now();
const a = await toThread(countPrimes, LIMIT); // one worker …
const b = await toThread(countPrimes, LIMIT); // … then another
const sequential = performance.now() - t0;
console.log(`one after the other: ${a} and ${b} primes in ${Math.round(sequential)} ms`);

t0 = performance.now();
const both = await Promise.all([toThread(countPrimes, LIMIT), toThread(countPrimes, LIMIT)]);
const parallel = performance.now() - t0;
console.log(`in parallel: ${both.join(' and ')} primes in ${Math.round(parallel)} ms`);

console.log(`speed-up ${(sequential / parallel).toFixed(1)}x on ${navigator.hardwareConcurrency} cores`);
