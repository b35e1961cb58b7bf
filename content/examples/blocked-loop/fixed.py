import asyncio
import time

t0 = time.perf_counter()


def now():
    return f"{time.perf_counter() - t0:.2f} s"


reports = []


async def watchdog(every=0.1, tolerance=0.15):
    loop = asyncio.get_running_loop()
    while True:
        start = loop.time()
        await asyncio.sleep(every)
        late = loop.time() - start - every
        if late > tolerance:
            reports.append(late)
            print(f"watchdog: woke {late:.2f} s late, at {now()}")


def read_cache():
    time.sleep(0.4)
    return ["eur", "usd"]


async def main():
    dog = asyncio.create_task(watchdog())
    await asyncio.sleep(0.25)
    cache = await asyncio.to_thread(read_cache)  # the function, not read_cache()
    print("cache:", cache, "at", now())
    await asyncio.sleep(0.25)
    dog.cancel()
    print("the watchdog said nothing" if not reports else f"the watchdog spoke {len(reports)} time(s)")


asyncio.run(main())
