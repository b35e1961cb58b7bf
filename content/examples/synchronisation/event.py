import asyncio
import time


async def worker(name, ready):
    await ready.wait()  # pauses until someone calls ready.set()
    print(f"{name}: starts at {time.perf_counter() - t0:.2f} s")


async def main():
    ready = asyncio.Event()
    workers = [asyncio.create_task(worker(name, ready)) for name in ("a", "b", "c")]
    await asyncio.sleep(0.4)  # loading the configuration
    print(f"main: config loaded at {time.perf_counter() - t0:.2f} s")
    ready.set()  # wakes every waiter at once, and any later wait() returns at once
    await asyncio.gather(*workers)


t0 = time.perf_counter()
asyncio.run(main())
