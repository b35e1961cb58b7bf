// A response body should be read to the end or cancelled; a request you give up on should be aborted.
const bytes = await fetch('https://httpbin.org/bytes/1024');
const data = await bytes.arrayBuffer(); // read to the end
console.log(`read ${data.byteLength} bytes`);

const status = await fetch('https://httpbin.org/get');
await status.body?.cancel(); // only the status mattered
console.log(`status ${status.status}, body cancelled`);

const t0 = performance.now();
try {
  // Like aiohttp.ClientTimeout(total=0.5): give up on a 2 s request after 500 ms.
  await fetch('https://httpbin.org/delay/2', { signal: AbortSignal.timeout(500) });
} catch (error) {
  const name = error instanceof DOMException ? error.name : String(error);
  console.log(`gave up after ${Math.round(performance.now() - t0)} ms: ${name}`);
}
