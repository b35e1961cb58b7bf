import { sleep } from 'async-lab';
import { assert, check, type CheckContext } from 'async-lab/check';

interface Services {
  readBalance(): Promise<number>;
  writeBalance(value: number): Promise<void>;
  checkPayment(amount: number): Promise<void>;
  sendReceipt(amount: number): Promise<void>;
}
type RunPayments = (amounts: number[], bank?: Services) => Promise<void>;
type Step = 'check' | 'deposit' | 'receipt';

const AMOUNTS = [1, 2, 4, 8, 16];
const TOTAL = AMOUNTS.reduce((sum, amount) => sum + amount, 0);

/**
 * Stand-ins for the bank and the services, as the checks time them: what the payments did, and how
 * many were inside each step at once. Counting replaces the clock: a busy machine stretches time, not
 * the order of events. A write takes longer than a read (30 ms against 10 ms), so a lock that lets the
 * next read in before the write has landed loses a deposit.
 */
class Bank implements Services {
  balance = 0;
  writes = 0;
  /** Reads that came while another payment was between its read and its write. */
  overlaps = 0;
  readonly inside: Record<Step, number> = { check: 0, deposit: 0, receipt: 0 };
  readonly most: Record<Step, number> = { check: 0, deposit: 0, receipt: 0 };

  #enter(step: Step): void {
    this.inside[step] += 1;
    this.most[step] = Math.max(this.most[step], this.inside[step]);
  }

  readonly checkPayment = async (): Promise<void> => {
    this.#enter('check');
    await sleep(50);
    this.inside.check -= 1;
  };

  readonly sendReceipt = async (): Promise<void> => {
    this.#enter('receipt');
    await sleep(50);
    this.inside.receipt -= 1;
  };

  readonly readBalance = async (): Promise<number> => {
    if (this.inside.deposit > 0) this.overlaps += 1;
    this.#enter('deposit');
    await sleep(10);
    return this.balance;
  };

  readonly writeBalance = async (value: number): Promise<void> => {
    await sleep(30);
    this.balance = value;
    this.writes += 1;
    this.inside.deposit -= 1;
  };

  /** runPayments(AMOUNTS, this). */
  async run(ctx: CheckContext): Promise<void> {
    const run = ctx.exports['runPayments'];
    assert(
      typeof run === 'function',
      ctx.say({
        en: 'main.ts must export the function `runPayments`.',
        'zh-cn': 'main.ts 必须导出函数 `runPayments`。',
      }),
    );
    await (run as RunPayments)([...AMOUNTS], this);
  }
}

check('no deposit is lost', async (ctx) => {
  const bank = new Bank();
  await bank.run(ctx);
  assert(
    bank.writes === AMOUNTS.length,
    ctx.say({
      en: `${AMOUNTS.length} payments wrote the balance ${bank.writes} times; each should write it once.`,
      'zh-cn': `${AMOUNTS.length} 笔付款写了 ${bank.writes} 次余额；每笔应当写一次。`,
    }),
  );
  assert(
    bank.balance === TOTAL,
    ctx.say({
      en: `payments of [${AMOUNTS.join(', ')}] left a balance of ${bank.balance}, not ${TOTAL}: a payment read the balance while another was between its read and its write (${bank.overlaps} times), and one write overwrote the other. From the read to the write, let one payment in at a time.`,
      'zh-cn': `[${AMOUNTS.join(', ')}] 这几笔付款之后余额是 ${bank.balance}，而不是 ${TOTAL}：有付款在另一笔付款读完、还没写回的时候读了余额（${bank.overlaps} 次），一次写入盖掉了另一次。从读到写，一次只能让一笔付款进去。`,
    }),
  );
});

check('the payments run at once', async (ctx) => {
  const bank = new Bank();
  await bank.run(ctx);
  assert(
    bank.most.check === AMOUNTS.length,
    ctx.say({
      en: `at most ${bank.most.check} of ${AMOUNTS.length} payments were being checked at the same time; all of them should be. Start every payment at once (Promise.all), and keep the checking outside the lock.`,
      'zh-cn': `${AMOUNTS.length} 笔付款中最多只有 ${bank.most.check} 笔同时在检查；应当全部同时检查。同时启动每笔付款（Promise.all），并把检查放在锁外面。`,
    }),
  );
});

check('only the balance is locked', async (ctx) => {
  const bank = new Bank();
  await bank.run(ctx);
  assert(
    bank.most.receipt >= 2,
    ctx.say({
      en: `receipts went out one at a time (at most ${bank.most.receipt} at once): the receipt waited for the lock, or for the other payments. Only the read and the write of the balance need the lock; sending a receipt may overlap.`,
      'zh-cn': `收据是一张一张发出的（同时最多 ${bank.most.receipt} 张）：发送收据在等锁，或者在等其他付款。只有读余额和写余额需要锁；发送收据可以同时进行。`,
    }),
  );
});
