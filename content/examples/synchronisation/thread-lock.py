import asyncio
import threading
import time

wrong_lock = threading.Lock()  # a lock for threads, not for tasks


async def job(name):
    got = wrong_lock.acquire(timeout=1)  # blocks the whole thread, and the event loop with it
    print(f"{name}: acquired={got} at {time.perf_counter() - t0:.2f} s")
    try:
        await asyncio.sleep(0.1)  # while "a" holds the lock, "b" gets its turn
    finally:
        if got:
            wrong_lock.release()


async def tick():
    for _ in range(3):
        print(f"tick at {time.perf_counter() - t0:.2f} s")
        await asyncio.sleep(0.05)


async def main():
    await asyncio.gather(job("a"), job("b"), tick())


t0 = time.perf_counter()
asyncio.run(main())
