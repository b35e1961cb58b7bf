import { sleep } from 'async-lab';

const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

/** asyncio.Event in a few lines: a promise that set() resolves, once, for every waiter. */
class Event {
  #set = () => {};
  readonly #done = new Promise<void>((resolve) => (this.#set = resolve));
  set(): void {
    this.#set();
  }
  wait(): Promise<void> {
    return this.#done;
  }
}

async function worker(name: string, ready: Event) {
  await ready.wait(); // pauses until someone calls ready.set()
  console.log(`${name}: starts at ${at()}`);
}

const ready = new Event();
const workers = ['a', 'b', 'c'].map((name) => worker(name, ready));
await sleep(400); // loading the configuration
console.log(`main: config loaded at ${at()}`);
ready.set(); // wakes every waiter at once, and any later wait() returns at once
await Promise.all(workers);
