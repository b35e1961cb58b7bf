import { sleep } from 'async-lab';

const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

async function fetchPart(name: string, ms: number, fails = false): Promise<string> {
  await sleep(ms);
  if (fails) throw new Error(`${name}: connection reset`);
  console.log(`${name}: done at ${at()}`); // nobody is waiting for it any more
  return name;
}

try {
  await Promise.all([fetchPart('profile', 200, true), fetchPart('orders', 600), fetchPart('news', 1000)]);
} catch (error) {
  console.log(`main: ${String(error)} at ${at()}`);
}
// The program is not over: the two siblings still run, and the run ends when they do.
