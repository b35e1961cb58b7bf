import { blockFor, sleep, toThread } from 'async-lab';

let t0 = performance.now();
const log = (msg: string) => console.log(`${Math.round(performance.now() - t0)} ms  ${msg}`);

function blockingTask() {
  // Self-contained, so toThread can run it in a worker: a busy wait like time.sleep(1).
  const end = performance.now() + 1000;
  while (performance.now() < end) {}
  return 'Done';
}

async function ticker() {
  for (let i = 0; i < 5; i++) {
    if (i > 0) await sleep(250);
    log(`tick ${i}`);
  }
}

async function onMainThread() {
  await sleep(100);
  blockFor(1000); // what blockingTask() would do here: the loop stops
  log('blocking call done');
}

async function inThread() {
  await sleep(100);
  log(await toThread(blockingTask)); // the loop keeps running
}

await Promise.all([ticker(), onMainThread()]);
console.log('--- toThread');
t0 = performance.now();
await Promise.all([ticker(), inThread()]);
