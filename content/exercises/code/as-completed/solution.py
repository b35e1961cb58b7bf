import asyncio
import time


# Yields the results of `coros` in the order they finish, like asyncio.as_completed.
async def in_completion_order(coros):
    # as_completed starts them all, and hands each one over as soon as it is done.
    for next_done in asyncio.as_completed(coros):
        yield await next_done  # an exception of the job is raised here, and ends the loop


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    async for name in in_completion_order([job("slow", 0.9), job("fast", 0.3), job("medium", 0.6)]):
        print(f"{name} at {(time.perf_counter() - start) * 1000:.0f} ms")  # fast ≈ 300, medium ≈ 600, slow ≈ 900


asyncio.run(main())
