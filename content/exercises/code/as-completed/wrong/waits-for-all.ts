// Wrong (fails "each value as soon as it is ready"): notes the finishing order, but yields nothing until every promise is done.
import { sleep } from 'async-lab';

/** Yields the values of `promises` in the order they settle, like asyncio.as_completed. */
export async function* asCompleted<T>(promises: Iterable<Promise<T>>): AsyncGenerator<T> {
  const finished: T[] = [];
  await Promise.all([...promises].map(async (promise) => finished.push(await promise)));
  yield* finished;
}

async function job(name: string, ms: number): Promise<string> {
  await sleep(ms);
  return name;
}

const t0 = performance.now();
for await (const name of asCompleted([job('slow', 900), job('fast', 300), job('medium', 600)])) {
  console.log(`${name} at ${Math.round(performance.now() - t0)} ms`); // fast ≈ 300, medium ≈ 600, slow ≈ 900
}
