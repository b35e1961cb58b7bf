import { sleep } from 'async-lab';

const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

async function* readings(count: number) {
  for (let number = 0; number < count; number++) {
    await sleep(200); // the sensor produces a reading every 200 ms
    yield number * 10;
  }
}

for await (const value of readings(3)) {
  console.log(`as it comes: ${value} at ${at()}`); // each value while the next is being made
}

// Collecting first waits for them all, like Python's [v async for v in …].
const values: number[] = [];
for await (const value of readings(3)) values.push(value);
console.log(`all at once: ${JSON.stringify(values)} at ${at()}`);
