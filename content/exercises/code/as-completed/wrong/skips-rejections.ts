// Wrong (fails "a rejection ends the loop"): a rejected promise is quietly dropped, and the loop goes on.
import { sleep } from 'async-lab';

/** Yields the values of `promises` in the order they settle, like asyncio.as_completed. */
export async function* asCompleted<T>(promises: Iterable<Promise<T>>): AsyncGenerator<T> {
  const pending = new Map<number, Promise<{ key: number; ok: boolean; value?: T }>>();
  let next = 0;
  for (const promise of promises) {
    const key = next++;
    pending.set(
      key,
      promise.then(
        (value) => ({ key, ok: true, value }),
        () => ({ key, ok: false }),
      ),
    );
  }
  while (pending.size > 0) {
    const { key, ok, value } = await Promise.race(pending.values());
    pending.delete(key);
    if (ok) yield value as T;
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
