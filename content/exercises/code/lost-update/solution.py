import asyncio
import time

# The account. Only the bank reads and writes it: use read_balance and write_balance.
balance = 0


# The bank: each call is a round trip to its server.
async def read_balance():
    await asyncio.sleep(0.01)
    return balance


async def write_balance(value):
    global balance
    await asyncio.sleep(0.02)
    balance = value


# Before and after the deposit: they touch no balance, so payments may do them at the same time.
async def check_payment(amount):
    await asyncio.sleep(0.1)


async def send_receipt(amount):
    await asyncio.sleep(0.1)


# One payment: check it, add it to the balance, send the receipt.
async def pay(amount, lock):
    await check_payment(amount)
    async with lock:  # from the read to the write, one payment at a time
        current = await read_balance()
        await write_balance(current + amount)
    await send_receipt(amount)


# Handles every payment at once. The balance must end up right, and the payments must still overlap.
async def run_payments(amounts):
    lock = asyncio.Lock()  # one lock, shared by every payment, made in the loop that uses it
    await asyncio.gather(*(pay(amount, lock) for amount in amounts))


async def main():
    start = time.perf_counter()
    await run_payments([10] * 20)
    print(f"balance {balance} (should be 200), took {(time.perf_counter() - start) * 1000:.0f} ms")


asyncio.run(main())
