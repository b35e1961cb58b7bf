# Wrong (fails "three requests at once"): makes a task per URL, but awaits each one before creating the next.
import asyncio

import aiohttp

URLS = ["https://httpbin.org/delay/1", "https://httpbin.org/delay/2", "https://httpbin.org/delay/1"]


async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:

        async def status_of(url):
            async with session.get(url) as response:
                return response.status

        return [await asyncio.create_task(status_of(url)) for url in urls]


print(asyncio.run(fetch_all(URLS)))
