import asyncio
import threading
import time

t0 = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - t0:.2f} s  {message}")


def blocking_task():
    log(f"running in {threading.current_thread().name}")
    time.sleep(1)
    return "Done"


async def ticker():
    for i in range(5):
        if i > 0:
            await asyncio.sleep(0.25)
        log(f"tick {i}")


async def on_main_thread():
    await asyncio.sleep(0.1)
    log(blocking_task())  # the loop stops for 1 s


async def in_thread():
    await asyncio.sleep(0.1)
    log(await asyncio.to_thread(blocking_task))  # the loop keeps running


async def main():
    global t0
    await asyncio.gather(ticker(), on_main_thread())
    print("--- to_thread")
    t0 = time.perf_counter()
    await asyncio.gather(ticker(), in_thread())


asyncio.run(main())
