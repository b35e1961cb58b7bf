import { blockFor } from 'async-lab';

const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

async function badCoroutine() {
  console.log('Start sync request', at());
  blockFor(2000); // like requests.get(".../delay/2"): holds the thread for 2 s
  console.log('Sync request done', at());
}

async function goodCoroutine() {
  console.log('Start async request', at());
  const response = await fetch('https://httpbin.org/delay/2'); // yields while waiting
  await response.body?.cancel(); // we do not need the body: release it
  console.log('Async request done', at());
}

// Same order as the notes: asyncio.gather(bad_coroutine(), good_coroutine())
await Promise.all([badCoroutine(), goodCoroutine()]);
console.log(`total ${at()}`); // about 4 000 ms, as in Python
