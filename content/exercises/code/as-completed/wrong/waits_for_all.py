# Wrong (fails "each value as soon as it is ready"): notes the finishing order, but yields nothing until every job is done.
import asyncio
import time


async def in_completion_order(coros):
    finished = []
    tasks = [asyncio.create_task(coro) for coro in coros]
    for task in tasks:
        task.add_done_callback(finished.append)
    await asyncio.gather(*tasks)
    for task in finished:
        yield task.result()


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    async for name in in_completion_order([job("slow", 0.9), job("fast", 0.3), job("medium", 0.6)]):
        print(f"{name} at {(time.perf_counter() - start) * 1000:.0f} ms")  # fast ≈ 300, medium ≈ 600, slow ≈ 900


asyncio.run(main())
