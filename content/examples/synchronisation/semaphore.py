import asyncio
import time


async def download(n, limit):
    async with limit:  # at most 2 inside at once; the others wait here
        print(f"download {n} starts at {time.perf_counter() - t0:.2f} s")
        await asyncio.sleep(0.3)


async def main():
    limit = asyncio.Semaphore(2)
    await asyncio.gather(*(download(n, limit) for n in range(5)))
    print(f"all 5 done at {time.perf_counter() - t0:.2f} s")


t0 = time.perf_counter()
asyncio.run(main())
