import { sleep } from 'async-lab';

const t0 = performance.now();

/** asyncio.Semaphore in a few lines: a count of free places, and a queue of those waiting for one. */
class Semaphore {
  readonly #waiting: (() => void)[] = [];
  constructor(private free: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve)); // first come, first served
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      if (next)
        next(); // hand the place straight to the next in line
      else this.free += 1;
    }
  }
}

async function download(n: number) {
  console.log(`download ${n} starts at ${Math.round(performance.now() - t0)} ms`);
  await sleep(300);
}

const limit = new Semaphore(2); // at most 2 at once
await Promise.all([0, 1, 2, 3, 4].map((n) => limit.run(() => download(n))));
console.log(`all 5 done at ${Math.round(performance.now() - t0)} ms`);
