// Right: no lists of waiting callers; get() and put() poll every 5 ms until there is an item or room.
import { sleep } from 'async-lab';

/** A first-in, first-out queue for async code, like asyncio.Queue(maxsize). */
export class AsyncQueue<T> {
  readonly #items: T[] = [];
  readonly #maxSize: number;

  constructor(maxSize = Infinity) {
    this.#maxSize = maxSize;
  }

  /** How many items are waiting in the queue. */
  get size(): number {
    return this.#items.length;
  }

  /** Adds `item` at the end; when the queue already holds `maxSize` items, waits for room first. */
  async put(item: T): Promise<void> {
    while (this.#items.length >= this.#maxSize) await sleep(5);
    this.#items.push(item);
  }

  /** Takes the oldest item; when the queue is empty, waits until put() brings one. */
  async get(): Promise<T> {
    while (this.#items.length === 0) await sleep(5);
    return this.#items.shift() as T;
  }
}

const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;
const queue = new AsyncQueue<string | null>(2);

async function producer() {
  for (let n = 1; n <= 6; n++) {
    await sleep(100); // a new job arrives every 100 ms
    await queue.put(`job ${n}`);
    console.log(`put job ${n} at ${at()}`);
  }
  await queue.put(null); // one "no more jobs" marker per consumer
  await queue.put(null);
}

async function consumer(name: string) {
  for (let job = await queue.get(); job !== null; job = await queue.get()) {
    await sleep(250); // each job takes 250 ms
    console.log(`${name} did ${job} at ${at()}`);
  }
}

// allSettled, so that a consumer that fails does not hide what the others did.
const outcomes = await Promise.allSettled([producer(), consumer('A'), consumer('B')]);
for (const outcome of outcomes) if (outcome.status === 'rejected') console.log('failed:', String(outcome.reason));
