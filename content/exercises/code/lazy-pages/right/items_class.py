# Right: a class with __aiter__, __anext__ and aclose() instead of a generator; it releases once, when the pages run out, on an error, or when aclose() is called.
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
def all_items(source):
    return Items(source)


class Items:
    def __init__(self, source):
        self.source = source
        self.items, self.number, self.more, self.released = [], 0, True, False

    def __aiter__(self):
        return self

    async def __anext__(self):
        while not self.items and self.more and not self.released:
            self.number += 1
            try:
                self.items, self.more = await self.source.fetch_page(self.number)
            except BaseException:
                self.release()
                raise
        if self.items:
            return self.items.pop(0)
        self.release()
        raise StopAsyncIteration

    async def aclose(self):  # what aclosing() calls after a break
        self.release()

    def release(self):
        if not self.released:
            self.released = True
            self.source.release()


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
