import asyncio


async def fetch_url(url):
    print("fetch_url started")
    await asyncio.sleep(1)
    return f"fetched {url}"


async def main():
    coro = fetch_url("https://httpbin.org")
    print(coro)  # prints <coroutine object fetch_url at 0x…>
    await asyncio.sleep(0.5)
    print("0.5 s later: nothing ran")
    print(await coro)  # only now: "fetch_url started", then the result


asyncio.run(main())
