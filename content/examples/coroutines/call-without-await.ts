import { sleep } from 'async-lab';

async function fetchUrl(url: string) {
  console.log('fetchUrl: started');
  await sleep(1000);
  console.log('fetchUrl: finished'); // runs although nobody awaits the promise
  return `fetched ${url}`;
}

// No await: in JavaScript the call itself starts the work.
const promise = fetchUrl('https://httpbin.org');
console.log('called fetchUrl, got', promise);

await sleep(1500); // main does something else for 1.5 s
console.log('main done');
