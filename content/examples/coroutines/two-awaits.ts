import { sleep } from 'async-lab';

async function work(name: string) {
  await sleep(200);
  return name;
}

let t0 = performance.now();
const took = () => `${Math.round(performance.now() - t0)} ms`;

// Each await waits for its call to finish before the next call starts.
await work('a');
await work('b');
console.log('two awaits in a row:', took()); // about 400 ms

t0 = performance.now();
// Both calls start here; awaiting them afterwards only collects the results.
const a = work('a');
const b = work('b');
console.log('call both, then await:', [await a, await b], took()); // about 200 ms
