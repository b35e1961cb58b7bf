// Three requests at once: the total is about the slowest delay, not the sum.
const urls = ['https://httpbin.org/delay/1', 'https://httpbin.org/delay/2', 'https://httpbin.org/delay/1'];

const t0 = performance.now();
const lines = await Promise.all(
  urls.map(async (url) => {
    const response = await fetch(url); // starts the request at once
    const body = (await response.json()) as { url: string };
    return `${response.status} ${body.url}`;
  }),
);
for (const line of lines) console.log(line); // in input order, like gather
console.log(`sum of delays: 4 s, took ${Math.round(performance.now() - t0)} ms`);
