import asyncio
from contextlib import aclosing

import aiohttp


# Where the items come from: one request per page, and a connection to give back.
class PageSource:
    def __init__(self, session, last):
        self.session, self.last = session, last
        self.fetched, self.released = [], 0

    # Fetches page `number` (1, 2, …): its items, and whether another page follows.
    async def fetch_page(self, number):
        self.fetched.append(number)
        async with self.session.get(f"https://httpbin.org/delay/0.2?page={number}") as response:
            await response.json()
        return [f"p{number}-a", f"p{number}-b"], number < self.last

    # Gives the connection back. Call it exactly once, however the iteration ends.
    def release(self):
        self.released += 1
        print("connection released")


# Yields every item of every page, in order, fetching a page only when its first item is asked for.
async def all_items(source):
    try:
        number = 1
        while True:
            items, more = await source.fetch_page(number)  # only now: the loop has asked for an item
            for item in items:
                yield item
            if not more:
                return
            number += 1
    finally:
        source.release()  # at the end, on aclose() (a break inside aclosing) and on an error


async def main():
    async with aiohttp.ClientSession() as session:
        shop = PageSource(session, 3)
        async with aclosing(all_items(shop)) as items:  # closes the generator when the block ends
            async for item in items:
                print(item)
                if item == "p2-a":
                    break  # found what we wanted
        print(f"pages fetched: {shop.fetched}; released: {shop.released}")


asyncio.run(main())
