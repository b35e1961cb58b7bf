# Wrong (fails "never more than 3 requests at once"): each request makes its own semaphore, so none of them ever waits.
import asyncio

import aiohttp


async def fetch_limited(urls, limit):
    async with aiohttp.ClientSession() as session:

        async def status_of(url):
            async with asyncio.Semaphore(limit):
                async with session.get(url) as response:
                    return response.status

        return await asyncio.gather(*(status_of(url) for url in urls))


urls = ["https://httpbin.org/delay/0.3"] * 20
print(len(asyncio.run(fetch_limited(urls, 3))))
