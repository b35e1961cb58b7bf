async function fetchReport(stop: AbortSignal) {
  // Aborts on whichever comes first: the user's Stop, or its own limit of 1 s.
  const signal = AbortSignal.any([stop, AbortSignal.timeout(1000)]);
  const response = await fetch('https://httpbin.org/delay/2', { signal }); // a slow 2 s request
  return response.json();
}

async function attempt(name: string, stopAfterMs?: number) {
  const start = performance.now();
  const stop = new AbortController();
  if (stopAfterMs !== undefined) setTimeout(() => stop.abort(), stopAfterMs); // the user presses Stop
  try {
    await fetchReport(stop.signal);
  } catch (error) {
    console.log(`${name}: ${(error as Error).name} after ${Math.round(performance.now() - start)} ms`);
  }
}

await attempt('no Stop'); // the timeout comes first
await attempt('Stop at 300 ms', 300); // Stop comes first
