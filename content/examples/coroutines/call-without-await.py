import asyncio


async def fetch_url(url):
    print("fetch_url started")  # never printed
    await asyncio.sleep(1)
    return f"fetched {url}"


async def main():
    fetch_url("https://httpbin.org")  # no await: nothing happens
    await asyncio.sleep(1.5)
    print("main done")


asyncio.run(main())
