# Wrong (fails "an exception ends the loop"): a job that raises is quietly skipped, and the loop goes on.
import asyncio
import time


async def in_completion_order(coros):
    for next_done in asyncio.as_completed(coros):
        try:
            yield await next_done
        except Exception:
            continue


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    async for name in in_completion_order([job("slow", 0.9), job("fast", 0.3), job("medium", 0.6)]):
        print(f"{name} at {(time.perf_counter() - start) * 1000:.0f} ms")  # fast ≈ 300, medium ≈ 600, slow ≈ 900


asyncio.run(main())
