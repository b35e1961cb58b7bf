import asyncio
import time


# Yields the results of `coros` in the order they finish, like asyncio.as_completed.
async def in_completion_order(coros):
    for coro in coros:
        yield await coro  # waits for each in the order given: a slow first one holds up the rest


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    async for name in in_completion_order([job("slow", 0.9), job("fast", 0.3), job("medium", 0.6)]):
        print(f"{name} at {(time.perf_counter() - start) * 1000:.0f} ms")  # fast ≈ 300, medium ≈ 600, slow ≈ 900


asyncio.run(main())
