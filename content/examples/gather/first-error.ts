import { sleep } from 'async-lab';

const t0 = performance.now();
const at = () => `at ${Math.round(performance.now() - t0)} ms`;

async function job(name: string, ms: number, fail = false) {
  await sleep(ms);
  if (fail) throw new Error(`${name} failed`);
  console.log(`${name} finished`, at());
  return name;
}

try {
  await Promise.all([job('slow', 1000), job('bad', 300, true), job('fast', 100)]);
} catch (error) {
  console.log('Promise.all rejected:', (error as Error).message, at()); // at 300 ms
}

// Nothing stopped 'slow': it is still running and finishes at 1 000 ms.
await sleep(800);
