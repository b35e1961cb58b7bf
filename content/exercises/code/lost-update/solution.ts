import { sleep } from 'async-lab';

/** The bank and the services a payment uses. The checks pass their own. */
export interface Services {
  readBalance(): Promise<number>;
  writeBalance(value: number): Promise<void>;
  checkPayment(amount: number): Promise<void>;
  sendReceipt(amount: number): Promise<void>;
}

/** The account. Only the bank reads and writes it: use readBalance and writeBalance. */
let balance = 0;

/** Each call to the bank is a round trip to its server. Checking and receipts touch no balance. */
export const services: Services = {
  readBalance: async () => {
    await sleep(10);
    return balance;
  },
  writeBalance: async (value) => {
    await sleep(20);
    balance = value;
  },
  checkPayment: () => sleep(100),
  sendReceipt: () => sleep(100),
};

/** asyncio.Lock in a few lines, as in the lesson: `await lock.run(work)` is `async with lock:`. */
export class Lock {
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

/** One payment: check it, add it to the balance, send the receipt. */
async function pay(amount: number, bank: Services, lock: Lock): Promise<void> {
  await bank.checkPayment(amount);
  await lock.run(async () => {
    // from the read to the write, one payment at a time
    const current = await bank.readBalance();
    await bank.writeBalance(current + amount);
  });
  await bank.sendReceipt(amount);
}

/** Handles every payment at once. The balance must end up right, and the payments must still overlap. */
export async function runPayments(amounts: number[], bank: Services = services): Promise<void> {
  const lock = new Lock(); // one lock, shared by every payment
  await Promise.all(amounts.map((amount) => pay(amount, bank, lock)));
}

const start = performance.now();
await runPayments(Array.from({ length: 20 }, () => 10));
console.log(`balance ${balance} (should be 200), took ${Math.round(performance.now() - start)} ms`);
