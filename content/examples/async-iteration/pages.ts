import { sleep } from 'async-lab';

const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

async function* pages(last: number) {
  for (let number = 1; number <= last; number++) {
    console.log(`pages: asking for page ${number} at ${at()}`);
    const response = await fetch(`https://httpbin.org/delay/0.3?page=${number}`);
    const body = (await response.json()) as { args: { page: string } };
    yield body.args.page; // pauses here until the loop asks for the next page
  }
}

// Each turn awaits pages(…).next().
for await (const page of pages(3)) {
  console.log(`main: got page ${page} at ${at()}`);
  await sleep(200); // work on the page before asking for the next
}
console.log(`main: done at ${at()}`);
