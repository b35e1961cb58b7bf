import asyncio

from lab_check import check

AMOUNTS = [1, 2, 4, 8, 16]


class Bank:
    """Stand-ins for the bank and the services, as the checks time them: what each payment did, and how
    many payments were inside each step at once. Counting replaces the clock: a busy machine stretches
    time, not the order of events.

    A write takes longer than a read (0.03 s against 0.01 s), so a lock that lets the next read in
    before the write has landed loses a deposit.
    """

    def __init__(self):
        self.balance = 0
        self.writes = 0
        self.inside = {"check": 0, "deposit": 0, "receipt": 0}
        self.most = {"check": 0, "deposit": 0, "receipt": 0}
        self.overlaps = []  # (payment that read, payment between its read and write)
        self.reading = {}  # task → the amount it is depositing, from its read to its write

    def _enter(self, step):
        self.inside[step] += 1
        self.most[step] = max(self.most[step], self.inside[step])

    def _leave(self, step):
        self.inside[step] -= 1

    async def check_payment(self, amount):
        self._enter("check")
        await asyncio.sleep(0.05)
        self._leave("check")

    async def send_receipt(self, amount):
        self._enter("receipt")
        await asyncio.sleep(0.05)
        self._leave("receipt")

    async def read_balance(self):
        me = asyncio.current_task()
        for other in self.reading:
            if other is not me:
                self.overlaps.append(other)
        self.reading[me] = True
        self._enter("deposit")
        await asyncio.sleep(0.01)
        return self.balance

    async def write_balance(self, value):
        await asyncio.sleep(0.03)
        self.balance = value
        self.writes += 1
        self.reading.pop(asyncio.current_task(), None)
        self._leave("deposit")

    async def run(self, ctx):
        """run_payments(AMOUNTS) with main.py's bank and services swapped for ours."""
        names = ("read_balance", "write_balance", "check_payment", "send_receipt")
        originals = {name: ctx.exports.get(name) for name in names}
        for name in names:
            ctx.exports[name] = getattr(self, name)
        try:
            await ctx.function("run_payments")(list(AMOUNTS))
        except RuntimeError as error:
            if "different event loop" in str(error):
                raise AssertionError(
                    ctx.say(
                        en=f"{error}. An asyncio.Lock belongs to the event loop that first waited on it, and the checks run in a new one: make the lock inside run_payments and pass it to each payment.",
                        zh=f"{error}。asyncio.Lock 属于第一次在它上面等待的事件循环，而检查在新的事件循环里运行：在 run_payments 里创建锁，再把它传给每笔付款。",
                    )
                ) from None
            raise
        finally:
            for name, original in originals.items():
                ctx.exports[name] = original


@check("no deposit is lost")
async def no_deposit_lost(ctx):
    bank = Bank()
    await bank.run(ctx)
    total = sum(AMOUNTS)
    balance = ctx.plain(bank.balance, "the balance main.py wrote")
    assert bank.writes == len(AMOUNTS), ctx.say(
        en=f"{len(AMOUNTS)} payments wrote the balance {bank.writes} times; each should write it once.",
        zh=f"{len(AMOUNTS)} 笔付款写了 {bank.writes} 次余额；每笔应当写一次。",
    )
    assert balance == total, ctx.say(
        en=f"payments of {AMOUNTS} left a balance of {balance}, not {total}: a payment read the balance while another was between its read and its write ({len(bank.overlaps)} times), and one write overwrote the other. From the read to the write, let one payment in at a time.",
        zh=f"{AMOUNTS} 这几笔付款之后余额是 {balance}，而不是 {total}：有付款在另一笔付款读完、还没写回的时候读了余额（{len(bank.overlaps)} 次），一次写入盖掉了另一次。从读到写，一次只能让一笔付款进去。",
    )


@check("the payments run at once")
async def at_once(ctx):
    bank = Bank()
    await bank.run(ctx)
    most = bank.most["check"]
    assert most == len(AMOUNTS), ctx.say(
        en=f"at most {most} of {len(AMOUNTS)} payments were being checked at the same time; all of them should be. Start every payment at once (gather), and keep the checking outside the lock.",
        zh=f"{len(AMOUNTS)} 笔付款中最多只有 {most} 笔同时在检查；应当全部同时检查。同时启动每笔付款（gather），并把检查放在锁外面。",
    )


@check("only the balance is locked")
async def only_balance(ctx):
    bank = Bank()
    await bank.run(ctx)
    most = bank.most["receipt"]
    assert most >= 2, ctx.say(
        en=f"receipts went out one at a time (at most {most} at once): the receipt waited for the lock, or for the other payments. Only the read and the write of the balance need the lock; sending a receipt may overlap.",
        zh=f"收据是一张一张发出的（同时最多 {most} 张）：发送收据在等锁，或者在等其他付款。只有读余额和写余额需要锁；发送收据可以同时进行。",
    )
