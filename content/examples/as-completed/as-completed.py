import asyncio
import time


async def fetch_url(url):
    await asyncio.sleep(1)
    return f"fetched {url}"


async def read_file(path):
    await asyncio.sleep(0.5)
    return f"read {path}"


async def main():
    url = 'http://httpbin.org'
    file_path = 'file.txt'
    results = asyncio.as_completed([fetch_url(url), read_file(file_path)])
    for result in results:
        print(await result)  # read_file's result first, at 0.5 s
    print(results)  # not a result: the iterator itself, already used up


if __name__ == '__main__':
    start_time = time.time()
    asyncio.run(main())
    end_time = time.time()
    print("the time cost is ", end_time - start_time)  # about 1.0
