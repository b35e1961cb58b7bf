import { blockFor, sleep } from 'async-lab';

const t0 = performance.now();
const now = () => `${Math.round(performance.now() - t0)} ms`;

function loadSettings() {
  // A library function: nothing in its name says it waits.
  blockFor(500);
  return { theme: 'dark' };
}

async function heartbeat() {
  for (let i = 0; i < 8; i++) {
    console.log(`beat at ${now()}`);
    await sleep(100);
  }
}

async function handle(n: number) {
  await sleep(300);
  console.log(`request ${n} answered at ${now()}, due at 300 ms`);
}

async function startUp() {
  await sleep(100);
  loadSettings(); // the loop stops here for 500 ms
}

setTimeout(() => console.log(`timer due at 250 ms fired at ${now()}`), 250);
await Promise.all([heartbeat(), startUp(), handle(1), handle(2), handle(3)]);
