// Right: the reference on a loaded machine, where the timers come up to 300 ms late; the first value still arrives before the slowest promise settles.
import { blockFor, sleep } from 'async-lab';

/** Yields the values of `promises` in the order they settle, like asyncio.as_completed. */
export async function* asCompleted<T>(promises: Iterable<Promise<T>>): AsyncGenerator<T> {
  const pending = new Map<number, Promise<{ key: number; value: T }>>();
  let next = 0;
  // The loaded machine: nothing runs for 500 ms, so every timer due by then (200 and 400 ms) fires late.
  blockFor(500);
  for (const promise of promises) {
    const key = next++;
    // Tag each value with its key, so the winner of the race can be taken out.
    pending.set(
      key,
      promise.then((value) => ({ key, value })),
    );
  }
  while (pending.size > 0) {
    // The first to settle wins; a rejection is thrown here and ends the loop, like `await coro` in Python.
    const { key, value } = await Promise.race(pending.values());
    pending.delete(key);
    yield value;
  }
}

async function job(name: string, ms: number): Promise<string> {
  await sleep(ms);
  return name;
}

const t0 = performance.now();
for await (const name of asCompleted([job('slow', 900), job('fast', 300), job('medium', 600)])) {
  console.log(`${name} at ${Math.round(performance.now() - t0)} ms`); // fast ≈ 300, medium ≈ 600, slow ≈ 900
}
