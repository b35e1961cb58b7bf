import { sleep, span } from 'async-lab';

/** Yields the results of `promises` in the order they settle, like asyncio.as_completed. */
async function* asCompleted<T>(promises: Iterable<Promise<T>>): AsyncGenerator<T> {
  const pending = new Map<number, Promise<{ key: number; value: T }>>();
  let next = 0;
  for (const promise of promises) {
    const key = next++;
    // Tag each result with its key, so the winner of the race can be removed.
    const tagged = promise.then((value) => ({ key, value }));
    pending.set(key, tagged);
  }
  while (pending.size > 0) {
    // The first to settle wins the race; a rejection is thrown here, as `await result` raises in Python.
    const { key, value } = await Promise.race(pending.values());
    pending.delete(key);
    yield value;
  }
}

async function fetchUrl(url: string) {
  await sleep(1000);
  return `fetched ${url}`;
}

async function readFile(path: string) {
  await sleep(500);
  return `read ${path}`;
}

const startTime = performance.now();
const jobs = [span('fetchUrl', fetchUrl('http://httpbin.org')), span('readFile', readFile('file.txt'))];
for await (const result of asCompleted(jobs)) {
  console.log(result, `at ${Math.round(performance.now() - startTime)} ms`); // readFile first, at about 500 ms
}
console.log(`the time cost is ${Math.round(performance.now() - startTime)} ms`); // about 1 000
