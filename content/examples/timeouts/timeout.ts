const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

async function fetchReport(signal: AbortSignal) {
  try {
    const response = await fetch('https://httpbin.org/delay/2', { signal }); // a slow 2 s request
    return await response.json();
  } catch (error) {
    console.log(`fetchReport: ${(error as Error).name} at ${at()}`);
    throw error; // like re-raising CancelledError
  }
}

try {
  // A signal that aborts itself after 500 ms.
  const report = await fetchReport(AbortSignal.timeout(500));
  console.log('main: got', report);
} catch (error) {
  console.log(`main: ${(error as Error).name} at ${at()}`);
}
