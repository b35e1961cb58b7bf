import { sleep } from 'async-lab';

const t0 = performance.now();
const at = () => `at ${Math.round(performance.now() - t0)} ms`;

async function fetchUrl(url: string) {
  console.log('fetchUrl: start', at());
  await sleep(1000); // pause here; the loop runs readFile meanwhile
  console.log('fetchUrl: resumed', at());
  return `fetched ${url}`;
}

async function readFile(path: string) {
  console.log('readFile: start', at());
  await sleep(500);
  console.log('readFile: resumed', at());
  return `read ${path}`;
}

const results = await Promise.all([fetchUrl('https://httpbin.org'), readFile('file.txt')]);
console.log(results, at()); // about 1 000 ms
