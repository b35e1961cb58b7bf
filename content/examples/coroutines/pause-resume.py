import asyncio
import time

t0 = time.perf_counter()


def at():
    return f"at {time.perf_counter() - t0:.2f} s"


async def fetch_url(url):
    print("fetch_url: start", at())
    await asyncio.sleep(1)  # pause here; the loop runs read_file meanwhile
    print("fetch_url: resumed", at())
    return f"fetched {url}"


async def read_file(path):
    print("read_file: start", at())
    await asyncio.sleep(0.5)
    print("read_file: resumed", at())
    return f"read {path}"


async def main():
    results = await asyncio.gather(fetch_url("https://httpbin.org"), read_file("file.txt"))
    print(results, at())  # about 1.00 s


asyncio.run(main())
