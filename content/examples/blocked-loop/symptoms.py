import asyncio
import time

t0 = time.perf_counter()


def now():
    return f"{time.perf_counter() - t0:.2f} s"


def load_settings():
    # A library function: nothing in its name says it waits.
    time.sleep(0.5)
    return {"theme": "dark"}


async def heartbeat():
    for _ in range(8):
        print(f"beat at {now()}")
        await asyncio.sleep(0.1)


async def handle(n):
    await asyncio.sleep(0.3)
    print(f"request {n} answered at {now()}, due at 0.30 s")


async def start_up():
    await asyncio.sleep(0.1)
    load_settings()  # the loop stops here for 0.5 s


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.25, lambda: print(f"timer due at 0.25 s fired at {now()}"))
    await asyncio.gather(heartbeat(), start_up(), handle(1), handle(2), handle(3))


asyncio.run(main())
