import { blockFor } from 'async-lab';

const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

async function goodCoroutine() {
  const response = await fetch('https://httpbin.org/delay/1'); // answered after 1 s …
  await response.body?.cancel();
  console.log('Async request done', at()); // … but handled only when the thread is free
}

const good = goodCoroutine(); // the request is on its way now
console.log('Blocking for 2 s', at());
blockFor(2000);
console.log('Blocking done', at());
await good;
