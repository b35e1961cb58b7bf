import { sleep } from 'async-lab';

async function fetchUrl(url: string) {
  await sleep(1000); // stands in for a 1 s request
  return `fetched ${url}`;
}

async function readFile(path: string) {
  await sleep(500); // stands in for a 0.5 s file read in a worker thread
  return `read ${path}`;
}

async function main() {
  const url = 'http://httpbin.org';
  const filePath = 'file.txt';

  // Like create_task: calling starts the work; keep the promises to collect results later.
  const task1 = fetchUrl(url);
  const task2 = readFile(filePath);

  const fetchResult = await task1; // about 1 s
  const fileResult = await task2; // already done: no extra wait
  console.log(fetchResult, '|', fileResult);
}

const startTime = performance.now();
await main();
console.log(`the time cost is ${Math.round(performance.now() - startTime)} ms`); // about 1 000
