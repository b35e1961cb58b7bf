import asyncio
import time


async def poll():
    for attempt in range(1, 4):
        try:
            await asyncio.sleep(0.5)  # one request of 0.5 s
            print(f"poll: attempt {attempt} done at {time.perf_counter() - t0:.2f} s")
        except:  # the bug: a bare except catches CancelledError too
            print(f"poll: attempt {attempt} failed at {time.perf_counter() - t0:.2f} s")


async def main():
    try:
        async with asyncio.timeout(0.7):
            await poll()
        print(f"main: no TimeoutError, and it is {time.perf_counter() - t0:.2f} s")
    except TimeoutError:
        print("main: TimeoutError")


t0 = time.perf_counter()
asyncio.run(main())
