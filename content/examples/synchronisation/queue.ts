import { sleep } from 'async-lab';

const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

/** asyncio.Queue in a few lines: items, those waiting to get one, those waiting for room, and a count for join(). */
class Queue<T> {
  readonly #items: T[] = [];
  readonly #getters: ((item: T) => void)[] = [];
  readonly #putters: (() => void)[] = [];
  #unfinished = 0;
  #idle: (() => void)[] = [];
  constructor(readonly maxsize: number) {}

  async put(item: T): Promise<void> {
    while (this.#items.length >= this.maxsize) await new Promise<void>((resolve) => this.#putters.push(resolve));
    this.#unfinished += 1;
    const getter = this.#getters.shift();
    if (getter) getter(item);
    else this.#items.push(item);
  }

  async get(): Promise<T> {
    const item = this.#items.shift();
    this.#putters.shift()?.(); // there is room for one more
    if (item !== undefined) return item;
    return new Promise<T>((resolve) => this.#getters.push(resolve));
  }

  taskDone(): void {
    this.#unfinished -= 1;
    if (this.#unfinished === 0) for (const resolve of this.#idle.splice(0)) resolve();
  }

  async join(): Promise<void> {
    if (this.#unfinished > 0) await new Promise<void>((resolve) => this.#idle.push(resolve));
  }
}

async function producer(queue: Queue<number>) {
  for (let n = 0; n < 6; n++) {
    await queue.put(n); // waits while the queue is full (maxsize 2)
    console.log(`put ${n} at ${at()}`);
  }
}

async function consumer(name: string, queue: Queue<number>) {
  for (;;) {
    const n = await queue.get();
    await sleep(300); // handling one item
    console.log(`${name} done with ${n} at ${at()}`);
    queue.taskDone();
  }
}

const queue = new Queue<number>(2);
void consumer('c1', queue); // they loop for ever; the run ends them
void consumer('c2', queue);
await producer(queue);
await queue.join(); // until taskDone() was called for every item put
console.log(`all handled at ${at()}`);
