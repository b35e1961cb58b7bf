import asyncio
import time


async def fetch(name, seconds, fails=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{name}: cancelled at {time.perf_counter() - t0:.2f} s")
        raise
    if fails:
        raise ConnectionError(f"{name}: connection reset")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as group:  # the block ends only when every task has ended
            group.create_task(fetch("profile", 0.2, fails=True))
            group.create_task(fetch("orders", 0.6))
            group.create_task(fetch("news", 1.0))
    except* ConnectionError as failed:  # an ExceptionGroup; except* takes the ConnectionErrors from it
        print(f"main: {failed.exceptions!r} at {time.perf_counter() - t0:.2f} s")


t0 = time.perf_counter()
asyncio.run(main())
