import { sleep } from 'async-lab';

/** Scores one record: about 2 ms of computing, with no await inside. */
export function score(record: number): number {
  const end = performance.now() + 2;
  while (performance.now() < end) {
    // stands in for real work: nothing here awaits, so nothing else runs meanwhile
  }
  return record % 10;
}

/** Scores records 0 … count − 1 and returns the sum. The heartbeat must keep beating meanwhile. */
export async function scoreAll(count: number): Promise<number> {
  let total = 0;
  for (let record = 0; record < count; record++) {
    total += score(record);
    // Every 10 records, let the event loop run the heartbeat.
    if (record % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return total;
}

// The heartbeat: one beat every 100 ms while the records are scored (about 800 ms).
const t0 = performance.now();
const at = () => `at ${Math.round(performance.now() - t0)} ms`;
let scoring = true;
const heartbeat = (async () => {
  for (let beat = 1; scoring; beat++) {
    console.log(`beat ${beat}`, at());
    await sleep(100);
  }
})();
const total = await scoreAll(400);
scoring = false;
await heartbeat;
console.log(`total ${total}`, at());
