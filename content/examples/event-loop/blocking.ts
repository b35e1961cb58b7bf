import { blockFor, sleep } from 'async-lab';

const t0 = performance.now();
const at = () => `at ${Math.round(performance.now() - t0)} ms`;

async function ticker() {
  for (let i = 0; i < 3; i++) {
    console.log(`tick ${i}`, at());
    await sleep(200);
  }
}

async function blocker() {
  await sleep(100);
  blockFor(1000); // like time.sleep(1): the thread is busy, nothing else can run
  console.log('blocker done', at());
}

// tick 1 is due at 200 ms, but the thread is busy from 100 ms to 1 100 ms.
await Promise.all([ticker(), blocker()]);
console.log('all done', at()); // about 1 500 ms, not 600
