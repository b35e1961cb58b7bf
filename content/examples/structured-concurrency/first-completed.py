import asyncio
import time


async def fetch(mirror, seconds):
    try:
        await asyncio.sleep(seconds)
        return mirror
    except asyncio.CancelledError:
        print(f"{mirror}: cancelled at {time.perf_counter() - t0:.2f} s")
        raise


async def main():
    tasks = [asyncio.create_task(fetch(m, s)) for m, s in [("eu", 0.8), ("us", 0.3), ("asia", 0.5)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"main: {done.pop().result()} won at {time.perf_counter() - t0:.2f} s")
    for task in pending:  # wait() cancels nothing: the losers are still running
        task.cancel()
    await asyncio.wait(pending)  # let them finish cancelling
    print(f"main: {len(pending)} cancelled, all ended at {time.perf_counter() - t0:.2f} s")


t0 = time.perf_counter()
asyncio.run(main())
