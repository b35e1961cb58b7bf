import { sleep } from 'async-lab';

async function fetchUrl(url: string) {
  await sleep(1000);
  console.log('fetchUrl finished');
  return `fetched ${url}`;
}

async function readFile(path: string) {
  await sleep(500);
  console.log('readFile finished'); // finishes first…
  return `read ${path}`;
}

const startTime = performance.now();
// …but results come back in the order the calls were passed in.
const results = await Promise.all([fetchUrl('http://httpbin.org'), readFile('file.txt')]);
console.log(results);
console.log(`the time cost is ${Math.round(performance.now() - startTime)} ms`); // about 1 000
