import asyncio
import time

import aiohttp

# Three slow requests: 1 s, 2 s and 1 s. One after another they take 4 s.
URLS = ["https://httpbin.org/delay/1", "https://httpbin.org/delay/2", "https://httpbin.org/delay/1"]


# Fetches every URL and returns the HTTP statuses, in the order of `urls`.
async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:

        async def status_of(url):
            async with session.get(url) as response:
                return response.status

        # gather starts every request at once, waits for all, and keeps the order of `urls`.
        return await asyncio.gather(*(status_of(url) for url in urls))


start = time.perf_counter()
print(asyncio.run(fetch_all(URLS)))
print(f"took {(time.perf_counter() - start) * 1000:.0f} ms")
