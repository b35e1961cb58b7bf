import asyncio
import time


async def work(name, seconds):
    print(f"{name} starts")
    await asyncio.sleep(seconds)
    print(f"{name} done after {seconds} s")
    return name


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(work("A", 1), work("B", 1), work("C", 1))
    print(results, f"in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
