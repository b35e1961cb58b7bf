import asyncio
import time

import aiohttp
import requests

t0 = time.perf_counter()


def at():
    return f"{time.perf_counter() - t0:.2f} s"


async def bad_coroutine():
    print("Start sync request", at())
    requests.get("https://httpbin.org/delay/2")  # blocks the whole loop for 2 s
    print("Sync request done", at())


async def good_coroutine():
    print("Start async request", at())
    async with aiohttp.ClientSession() as session:
        async with session.get("https://httpbin.org/delay/2") as response:  # yields while waiting
            await response.read()
    print("Async request done", at())


async def main():
    await asyncio.gather(bad_coroutine(), good_coroutine())
    print("total", at())  # about 4 s


asyncio.run(main())
