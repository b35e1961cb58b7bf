import asyncio
import time


async def fetch_report():
    async with asyncio.timeout(1):  # its own limit of 1 s
        await asyncio.sleep(2)  # a slow 2 s request


async def attempt(name, stop_after=None):
    start = time.perf_counter()
    task = asyncio.create_task(fetch_report())
    if stop_after is not None:
        await asyncio.sleep(stop_after)
        task.cancel()  # the user presses Stop
    try:
        await task
    except TimeoutError:
        print(f"{name}: TimeoutError after {time.perf_counter() - start:.2f} s")
    except asyncio.CancelledError:
        print(f"{name}: CancelledError after {time.perf_counter() - start:.2f} s")


async def main():
    await attempt("no Stop")  # the timeout comes first
    await attempt("Stop at 0.3 s", stop_after=0.3)  # Stop comes first


asyncio.run(main())
