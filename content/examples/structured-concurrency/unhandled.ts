import { sleep } from 'async-lab';

const t0 = performance.now();

async function save(order: number) {
  await sleep(200);
  throw new Error(`order ${order}: disk full`);
}

void save(42); // started, then forgotten: nobody awaits it
await sleep(500);
console.log(`main: all fine, it seems, at ${Math.round(performance.now() - t0)} ms`);
