# Wrong (fails "three at a time, not fewer"): a lock lets one request in at a time, never more than 3 but far slower.
import asyncio

import aiohttp


async def fetch_limited(urls, limit):
    lock = asyncio.Lock()
    async with aiohttp.ClientSession() as session:

        async def status_of(url):
            async with lock:
                async with session.get(url) as response:
                    return response.status

        return await asyncio.gather(*(status_of(url) for url in urls))


urls = ["https://httpbin.org/delay/0.3"] * 20
print(len(asyncio.run(fetch_limited(urls, 3))))
