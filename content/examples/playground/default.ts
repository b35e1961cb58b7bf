import { sleep } from 'async-lab';

// Edit me, then press Run (or Ctrl/⌘+Enter).
async function task(name: string, ms: number) {
  await sleep(ms);
  console.log(`${name} finished after ${ms} ms`);
  return name;
}

const results = await Promise.all([task('a', 300), task('b', 100), task('c', 200)]);
console.log(results);
