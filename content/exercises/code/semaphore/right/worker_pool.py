# Right: `limit` worker tasks take the URLs from a queue, one at a time each, and put each status in its URL's slot.
import asyncio

import aiohttp


async def fetch_limited(urls, limit):
    statuses = [None] * len(urls)
    queue = asyncio.Queue()
    for index, url in enumerate(urls):
        queue.put_nowait((index, url))

    async with aiohttp.ClientSession() as session:

        async def worker():
            while not queue.empty():
                index, url = queue.get_nowait()
                async with session.get(url) as response:
                    statuses[index] = response.status

        await asyncio.gather(*(worker() for _ in range(limit)))
    return statuses


urls = ["https://httpbin.org/delay/0.3"] * 20
print(len(asyncio.run(fetch_limited(urls, 3))))
