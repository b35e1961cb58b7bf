import { sleep } from 'async-lab';

const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

/** asyncio.Lock in a few lines: each holder waits until the one before it has released. */
class Lock {
  #last: Promise<void> = Promise.resolve();

  async run<T>(work: () => Promise<T>): Promise<T> {
    const previous = this.#last;
    let release = () => {};
    this.#last = new Promise((resolve) => (release = resolve));
    await previous;
    try {
      return await work();
    } finally {
      release();
    }
  }
}

let balance = 100;

async function withdraw(name: string, amount: number) {
  const seen = balance; // read
  await sleep(100); // ask the bank: other code runs meanwhile
  balance = seen - amount; // write what was read before the pause
  console.log(`${name}: took ${amount}, balance ${balance} at ${at()}`);
}

await Promise.all([withdraw('a', 30), withdraw('b', 50)]);
console.log(`without a lock: ${balance} (80 went out, so it should be 20)`);
balance = 100;
const lock = new Lock();
await Promise.all([lock.run(() => withdraw('a', 30)), lock.run(() => withdraw('b', 50))]);
console.log(`with a lock: ${balance}`);
