import asyncio
import time

import aiohttp

t0 = time.perf_counter()


def at():
    return f"{time.perf_counter() - t0:.2f} s"


async def pages(session, last):
    for number in range(1, last + 1):
        print(f"pages: asking for page {number} at {at()}")
        async with session.get(f"https://httpbin.org/delay/0.3?page={number}") as response:
            body = await response.json()
        yield body["args"]["page"]  # pauses here until the loop asks for the next page


async def main():
    async with aiohttp.ClientSession() as session:
        async for page in pages(session, 3):  # each turn awaits pages(...).__anext__()
            print(f"main: got page {page} at {at()}")
            await asyncio.sleep(0.2)  # work on the page before asking for the next
    print(f"main: done at {at()}")


asyncio.run(main())
