# Right: creates every task first (each request starts at once), then awaits them in the order of the URLs.
import asyncio

import aiohttp

URLS = ["https://httpbin.org/delay/1", "https://httpbin.org/delay/2", "https://httpbin.org/delay/1"]


async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:

        async def status_of(url):
            async with session.get(url) as response:
                return response.status

        tasks = [asyncio.create_task(status_of(url)) for url in urls]
        return [await task for task in tasks]


print(asyncio.run(fetch_all(URLS)))
