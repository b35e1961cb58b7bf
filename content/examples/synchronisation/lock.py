import asyncio
import time
from contextlib import nullcontext

balance = 100


async def withdraw(name, amount, lock=None):
    global balance
    async with lock or nullcontext():  # no lock: nothing stops the other task
        seen = balance  # read
        await asyncio.sleep(0.1)  # ask the bank: other tasks run meanwhile
        balance = seen - amount  # write what was read before the pause
    print(f"{name}: took {amount}, balance {balance} at {time.perf_counter() - t0:.2f} s")


async def main():
    global balance
    await asyncio.gather(withdraw("a", 30), withdraw("b", 50))
    print("without a lock:", balance, "(80 went out, so it should be 20)")
    balance = 100
    lock = asyncio.Lock()
    await asyncio.gather(withdraw("a", 30, lock), withdraw("b", 50, lock))
    print("with a lock:", balance)


t0 = time.perf_counter()
asyncio.run(main())
