# Wrong (fails "never more than 3 requests at once"): acquires the semaphore but releases it before the request, which then runs unlimited.
import asyncio

import aiohttp


async def fetch_limited(urls, limit):
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def status_of(url):
            async with semaphore:
                pass
            async with session.get(url) as response:
                return response.status

        return await asyncio.gather(*(status_of(url) for url in urls))


urls = ["https://httpbin.org/delay/0.3"] * 20
print(len(asyncio.run(fetch_limited(urls, 3))))
