import { sleep, toThread } from 'async-lab';

const t0 = performance.now();
const now = () => `${Math.round(performance.now() - t0)} ms`;

let last = performance.now();
let reports = 0;
const monitor = setInterval(() => {
  const late = performance.now() - last - 100;
  if (late > 150) {
    reports++;
    console.log(`lag monitor: ${Math.round(late)} ms late, at ${now()}`);
  }
  last = performance.now();
}, 100);

function parseReport(text: string) {
  // Self-contained, so toThread can run it in a worker.
  let words = 0;
  const end = performance.now() + 400;
  while (performance.now() < end) words += text.split(' ').length;
  return words > 0 ? 'parsed' : 'empty';
}

await sleep(250);
const report = await toThread(parseReport, 'q3 sales up'); // the function and its argument
console.log(`report ${report} at ${now()}`);
await sleep(250);
clearInterval(monitor);
console.log(reports === 0 ? 'the lag monitor said nothing' : `the lag monitor spoke ${reports} time(s)`);
