import asyncio
import time

import aiohttp

# Three slow requests: 1 s, 2 s and 1 s. One after another they take 4 s.
URLS = ["https://httpbin.org/delay/1", "https://httpbin.org/delay/2", "https://httpbin.org/delay/1"]


# Fetches every URL and returns the HTTP statuses, in the order of `urls`.
async def fetch_all(urls):
    statuses = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as response:  # waits for this request before the next one starts
                statuses.append(response.status)
    return statuses


start = time.perf_counter()
print(asyncio.run(fetch_all(URLS)))
print(f"took {(time.perf_counter() - start) * 1000:.0f} ms")
