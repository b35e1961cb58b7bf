import asyncio
import time


async def fetch(name, seconds):
    try:
        await asyncio.sleep(seconds)  # a request that takes `seconds`
        return f"{name} after {seconds} s"
    except asyncio.CancelledError:
        print(f"fetch {name}: cancelled")
        raise


async def main():
    # In time: wait_for gives back the result.
    print(await asyncio.wait_for(fetch("quick", 0.2), timeout=1))

    # Too slow: wait_for cancels the task, waits for it to stop, then raises TimeoutError.
    task = asyncio.create_task(fetch("slow", 2))
    try:
        await asyncio.wait_for(task, timeout=0.5)
    except TimeoutError:
        print("main: TimeoutError; task cancelled:", task.cancelled())


t0 = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - t0:.2f} s")  # about 0.70
