import { sleep } from 'async-lab';

async function job(name: string, ms: number, fail = false) {
  await sleep(ms);
  if (fail) throw new Error(`${name} failed`);
  return name;
}

const t0 = performance.now();
// Like gather(..., return_exceptions=True): waits for all, never rejects.
const settled = await Promise.allSettled([job('slow', 1000), job('bad', 300, true), job('fast', 100)]);
console.log(settled);

// Python's list is ['slow', ValueError('bad failed'), 'fast']; this is the same shape:
const results = settled.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)));
console.log(results);
console.log(`took ${Math.round(performance.now() - t0)} ms`); // about 1 000: the slowest job
