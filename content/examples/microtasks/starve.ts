import { sleep } from 'async-lab';

const t0 = performance.now();
const at = () => `at ${Math.round(performance.now() - t0)} ms`;

async function finished(n: number) {
  return n + 1; // resolves at once: awaiting it only queues a microtask
}

/** 300 ms of small steps, with a timer due at 0 ms waiting for its turn. */
async function busy(label: string, yieldToTimers: boolean) {
  setTimeout(() => console.log('timer due at 0 ms runs', at()), 0);
  const began = performance.now();
  let n = 0;
  while (performance.now() - began < 300) {
    n = await finished(n);
    if (yieldToTimers) await new Promise((resolve) => setTimeout(resolve, 0)); // a macrotask
  }
  console.log(`${label}: ${n} steps done`, at());
  await sleep(10);
}

await busy('await finished()', false); // the timer waits the whole 300 ms
await busy('with setTimeout(0)', true); // the timer runs after the first step
