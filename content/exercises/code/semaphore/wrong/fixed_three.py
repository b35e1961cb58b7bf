# Wrong (fails "the limit is the one passed in"): always lets three in, whatever limit it is given.
import asyncio

import aiohttp


async def fetch_limited(urls, limit):
    semaphore = asyncio.Semaphore(3)
    async with aiohttp.ClientSession() as session:

        async def status_of(url):
            async with semaphore:
                async with session.get(url) as response:
                    return response.status

        return await asyncio.gather(*(status_of(url) for url in urls))


urls = ["https://httpbin.org/delay/0.3"] * 20
print(len(asyncio.run(fetch_limited(urls, 3))))
