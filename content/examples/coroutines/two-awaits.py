import asyncio
import time


async def work(name):
    await asyncio.sleep(0.2)
    return name


async def main():
    t0 = time.perf_counter()
    a = await work("a")  # 0.2 s …
    b = await work("b")  # … then 0.2 s
    print("two awaits in a row:", [a, b], f"{time.perf_counter() - t0:.2f} s")  # 0.40 s

    t0 = time.perf_counter()
    ca, cb = work("a"), work("b")  # two coroutine objects, neither running
    results = [await ca, await cb]  # still one after the other
    print("two coroutines, then await:", results, f"{time.perf_counter() - t0:.2f} s")  # 0.40 s

    t0 = time.perf_counter()
    ta = asyncio.create_task(work("a"))  # two tasks, both running now
    tb = asyncio.create_task(work("b"))
    results = [await ta, await tb]
    print("two tasks, then await:", results, f"{time.perf_counter() - t0:.2f} s")  # 0.20 s


asyncio.run(main())
