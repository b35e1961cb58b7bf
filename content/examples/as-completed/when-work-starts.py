import asyncio
import sys
import time

t0 = time.perf_counter()


def at():
    return f"{time.perf_counter() - t0:.2f} s"


async def job(name, delay):
    print(name, "started at", at())
    await asyncio.sleep(delay)
    return name


async def main():
    print("Python", sys.version.split()[0])
    results = asyncio.as_completed([job("slow", 1), job("fast", 0.5)])
    await asyncio.sleep(0.5)  # something else first, for 0.5 s
    for coro in results:
        print(await coro, "done at", at())
    print("took", at())  # 3.13 and later: 1.00 s; 3.11 and 3.12: 1.50 s

    try:
        for coro in asyncio.as_completed(job(n, 0) for n in ("x", "y")):
            await coro
        print("a generator works too")  # 3.12 and later
    except TypeError as error:
        print("TypeError:", error)  # 3.11


asyncio.run(main())
