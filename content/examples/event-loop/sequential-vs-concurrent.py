import asyncio
import time


async def fetch_url(url):
    await asyncio.sleep(1)  # stands in for a 1 s network request
    return f"fetched {url}"


async def read_file(path):
    await asyncio.sleep(0.5)  # stands in for a 0.5 s file read in a worker thread
    return f"read {path}"


async def main():
    start = time.perf_counter()
    await fetch_url("https://httpbin.org")
    await read_file("file.txt")
    print(f"sequential: {time.perf_counter() - start:.2f} s")  # about 1.50 s

    start = time.perf_counter()
    # Both become tasks at once; gather waits for the slower one.
    results = await asyncio.gather(fetch_url("https://httpbin.org"), read_file("file.txt"))
    print(f"concurrent: {time.perf_counter() - start:.2f} s")  # about 1.00 s
    print(results)


asyncio.run(main())
