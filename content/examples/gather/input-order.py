import asyncio
import time


async def fetch_url(url):
    await asyncio.sleep(1)
    print("fetch_url finished")
    return f"fetched {url}"


async def read_file(path):
    await asyncio.sleep(0.5)
    print("read_file finished")  # finishes first…
    return f"read {path}"


async def main():
    # …but results come back in the order the coroutines were passed in.
    results = await asyncio.gather(fetch_url("http://httpbin.org"), read_file("file.txt"))
    print(results)


start_time = time.time()
asyncio.run(main())
print("the time cost is ", time.time() - start_time)  # about 1.0
