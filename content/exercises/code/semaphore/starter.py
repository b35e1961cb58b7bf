import asyncio
import time

import aiohttp


# Fetches every URL with at most `limit` requests in flight, and returns the statuses in order.
async def fetch_limited(urls, limit):
    async with aiohttp.ClientSession() as session:

        async def status_of(url):
            async with session.get(url) as response:
                return response.status

        # Every request goes out at once: `limit` is not used yet.
        return await asyncio.gather(*(status_of(url) for url in urls))


# 20 requests of 0.3 s, at most 3 at a time: 7 rounds, about 2.1 s.
urls = ["https://httpbin.org/delay/0.3"] * 20
start = time.perf_counter()
statuses = asyncio.run(fetch_limited(urls, 3))
print(f"{len(statuses)} responses in {(time.perf_counter() - start) * 1000:.0f} ms")
