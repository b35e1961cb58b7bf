import asyncio
import time


async def fetch_url(url):
    try:
        await asyncio.sleep(2)  # a slow 2 s request
        return f"fetched {url}"
    except asyncio.CancelledError:
        print("fetch_url: cancelled, cleaning up")
        raise  # let the cancellation finish


async def main():
    task = asyncio.create_task(fetch_url("https://httpbin.org/delay/2"))
    await asyncio.sleep(0.5)
    task.cancel()  # CancelledError lands where the task is paused
    try:
        await task
    except asyncio.CancelledError:
        print("main: task cancelled:", task.cancelled())


t = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - t:.2f} s")  # about 0.50, not 2
