import { sleep } from 'async-lab';

const msSince = (moment: number) => `${Math.round(performance.now() - moment)} ms`;

async function finished(n: number) {
  return n + 1; // resolves at once: awaiting it only queues a microtask
}

/** 300 ms of small steps, with a timer due at once waiting for its turn. */
async function busy(label: string, yieldToTimers: boolean) {
  const began = performance.now();
  setTimeout(() => console.log('  the 0 ms timer runs', msSince(began), 'late'), 0);
  let n = 0;
  while (performance.now() - began < 300) {
    n = await finished(n);
    if (yieldToTimers) await new Promise((resolve) => setTimeout(resolve, 0)); // a macrotask
  }
  console.log(`${label}: ${n} steps done after`, msSince(began));
  await sleep(10);
}

await busy('await finished()', false); // the timer waits the whole 300 ms
await busy('with setTimeout(0)', true); // the timer runs after the first step
