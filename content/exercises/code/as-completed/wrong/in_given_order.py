# Wrong (fails "yields in completion order"): starts every job at once, but awaits them in the order they were given.
import asyncio
import time


async def in_completion_order(coros):
    tasks = [asyncio.create_task(coro) for coro in coros]
    for task in tasks:
        yield await task


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    async for name in in_completion_order([job("slow", 0.9), job("fast", 0.3), job("medium", 0.6)]):
        print(f"{name} at {(time.perf_counter() - start) * 1000:.0f} ms")  # fast ≈ 300, medium ≈ 600, slow ≈ 900


asyncio.run(main())
