import asyncio
import time


async def fetch(name, seconds, fails=False):
    await asyncio.sleep(seconds)
    if fails:
        raise ConnectionError(f"{name}: connection reset")
    print(f"{name}: done at {time.perf_counter() - t0:.2f} s")  # nobody is waiting for it any more
    return name


async def main():
    try:
        await asyncio.gather(fetch("profile", 0.2, fails=True), fetch("orders", 0.6), fetch("news", 1.0))
    except ConnectionError as error:
        print(f"main: {error!r} at {time.perf_counter() - t0:.2f} s")
    await asyncio.sleep(1.2)  # main goes on with other work; the two siblings still run


t0 = time.perf_counter()
asyncio.run(main())
