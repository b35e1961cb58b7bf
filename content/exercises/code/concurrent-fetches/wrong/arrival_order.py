# Wrong (fails "statuses in input order"): all at once, but each status is appended when its response arrives.
import asyncio

import aiohttp

URLS = ["https://httpbin.org/delay/1", "https://httpbin.org/delay/2", "https://httpbin.org/delay/1"]


async def fetch_all(urls):
    statuses = []
    async with aiohttp.ClientSession() as session:

        async def fetch(url):
            async with session.get(url) as response:
                statuses.append(response.status)

        await asyncio.gather(*(fetch(url) for url in urls))
    return statuses


print(asyncio.run(fetch_all(URLS)))
