import { sleep } from 'async-lab';

const t0 = performance.now();
const now = () => `${Math.round(performance.now() - t0)} ms`;

// A lag monitor: an interval due every 100 ms that measures how late it runs.
let last = performance.now();
const monitor = setInterval(() => {
  const late = performance.now() - last - 100;
  if (late > 150) console.log(`lag monitor: ${Math.round(late)} ms late, at ${now()}`);
  last = performance.now();
}, 100);

function parseReport(text: string) {
  // CPU-bound work that never awaits: 400 ms of counting, on any machine.
  let words = 0;
  const end = performance.now() + 400;
  while (performance.now() < end) words += text.split(' ').length;
  return words > 0 ? 'parsed' : 'empty';
}

await sleep(250);
console.log(`report ${parseReport('q3 sales up')} at ${now()}`);
await sleep(250);
clearInterval(monitor);
