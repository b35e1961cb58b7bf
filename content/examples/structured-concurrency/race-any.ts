const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

async function get(mirror: string, path: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(`https://httpbin.org${path}`, { signal: signal ?? null });
  if (!response.ok) throw new Error(`${mirror}: HTTP ${response.status}`);
  return mirror;
}

// Three mirrors: eu answers in 0.8 s, us fails at once, asia answers in 0.5 s.
const ask = (signal?: AbortSignal) => [
  get('eu', '/delay/0.8', signal),
  get('us', '/status/503', signal),
  get('asia', '/delay/0.5', signal),
];

// race: the first to settle wins, a failure included. It stops nothing: eu and asia run on.
await Promise.race(ask()).catch((error: Error) => console.log(`race: ${error.message} at ${at()}`));

// any: the first to succeed; failures count only if all of them fail.
const controller = new AbortController();
console.log(`any: ${await Promise.any(ask(controller.signal))} at ${at()}`);
controller.abort(); // any() stops nothing: abort the losers yourself

await Promise.any([get('us', '/status/503'), get('eu', '/status/500')]).catch((error: AggregateError) =>
  console.log(`any, all failed: ${error.name} [${error.errors.map((e: Error) => e.message).join(', ')}]`),
);

// allSettled: waits for every one, and never rejects.
const settled = await Promise.allSettled(ask());
console.log(`allSettled: ${settled.map((result) => result.status).join(', ')} at ${at()}`);
