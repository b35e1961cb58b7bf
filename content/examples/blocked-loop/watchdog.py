import asyncio
import time

t0 = time.perf_counter()


def now():
    return f"{time.perf_counter() - t0:.2f} s"


async def watchdog(every=0.1, tolerance=0.15):
    # Asks to wake in 0.1 s and measures how late it woke: late means the loop was busy.
    loop = asyncio.get_running_loop()
    while True:
        start = loop.time()
        await asyncio.sleep(every)
        late = loop.time() - start - every
        if late > tolerance:
            print(f"watchdog: woke {late:.2f} s late, at {now()}")


def read_cache():
    time.sleep(0.4)  # a blocking read, deep in a library
    return ["eur", "usd"]


async def main():
    dog = asyncio.create_task(watchdog())
    await asyncio.sleep(0.25)
    print("cache:", read_cache(), "at", now())
    await asyncio.sleep(0.25)
    dog.cancel()


asyncio.run(main())
