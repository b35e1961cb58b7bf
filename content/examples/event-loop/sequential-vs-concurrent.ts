import { sleep } from 'async-lab';

async function fetchUrl(url: string) {
  await sleep(1000); // stands in for a 1 s network request
  return `fetched ${url}`;
}

async function readFile(path: string) {
  await sleep(500); // stands in for a 0.5 s file read in a worker thread
  return `read ${path}`;
}

console.time('sequential');
await fetchUrl('https://httpbin.org');
await readFile('file.txt');
console.timeEnd('sequential'); // about 1 500 ms

console.time('concurrent');
// Both calls start at once; Promise.all waits for the slower one.
const results = await Promise.all([fetchUrl('https://httpbin.org'), readFile('file.txt')]);
console.timeEnd('concurrent'); // about 1 000 ms
console.log(results);
