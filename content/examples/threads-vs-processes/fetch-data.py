import asyncio

import requests


async def fetch_data():
    data = await asyncio.to_thread(requests.get, "https://httpbin.org/json")  # does not block the loop
    return data.json()


async def main():
    data = await fetch_data()
    print(data["slideshow"]["title"])


asyncio.run(main())
