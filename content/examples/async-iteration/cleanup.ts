const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

async function* rows(name: string, signal: AbortSignal | null = null) {
  console.log(`${name}: connection opened`);
  try {
    for (let number = 1; number < 100; number++) {
      await fetch('https://httpbin.org/delay/0.2', { signal }); // one row from the database
      yield number;
    }
  } finally {
    console.log(`${name}: connection closed at ${at()}`); // on break, on abort, and at the end
  }
}

for await (const row of rows('break')) {
  if (row === 2) break; // for await calls the generator's return(), which runs its finally
}
console.log(`main: left the 'break' loop at ${at()}`);

const stop = new AbortController();
setTimeout(() => stop.abort(), 300); // mid-row: row 1 is done at 200 ms, row 2 would be at 400
try {
  for await (const row of rows('aborted', stop.signal)) void row;
} catch (error) {
  console.log(`main: ${(error as Error).name} at ${at()}`);
}

// A generator you step by hand and then drop is never closed: JavaScript has no finalizer for it.
const dropped = rows('dropped');
await dropped.next();
console.log(`main: end at ${at()}`);
