// Right: no Promise.race; each promise puts its outcome in a queue as it settles, and the loop takes them out in that order.
import { sleep } from 'async-lab';

/** Yields the values of `promises` in the order they settle, like asyncio.as_completed. */
export async function* asCompleted<T>(promises: Iterable<Promise<T>>): AsyncGenerator<T> {
  const all = [...promises];
  // Outcomes in the order they settled, each a function that returns the value or throws the error.
  const settled: (() => T)[] = [];
  let wake: (() => void) | undefined;
  for (const promise of all) {
    promise.then(
      (value) => {
        settled.push(() => value);
        wake?.();
      },
      (error: unknown) => {
        settled.push(() => {
          throw error;
        });
        wake?.();
      },
    );
  }
  for (let taken = 0; taken < all.length; taken++) {
    while (settled.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    const outcome = settled.shift() as () => T;
    yield outcome();
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
