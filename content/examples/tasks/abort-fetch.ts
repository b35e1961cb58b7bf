import { sleep } from 'async-lab';

async function fetchUrl(url: string, signal: AbortSignal) {
  try {
    const response = await fetch(url, { signal }); // the request listens to the signal
    return await response.json();
  } catch (error) {
    console.log('fetchUrl: aborted, cleaning up');
    throw error; // like re-raising CancelledError
  }
}

const t0 = performance.now();
const controller = new AbortController();
const request = fetchUrl('https://httpbin.org/delay/2', controller.signal);

await sleep(500);
controller.abort(); // the analogue of task.cancel()

try {
  await request;
} catch (error) {
  console.log('main: request failed with', (error as Error).name); // AbortError
}
console.log(`took ${Math.round(performance.now() - t0)} ms`); // about 500, not 2 000
