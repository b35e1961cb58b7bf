import asyncio
import time


async def fetch_url(url):
    await asyncio.sleep(1)  # stands in for a 1 s request
    return f"fetched {url}"


async def read_file(path):
    await asyncio.sleep(0.5)  # stands in for a 0.5 s file read in a worker thread
    return f"read {path}"


async def main():
    url = 'http://httpbin.org'
    file_path = 'file.txt'

    task1 = asyncio.create_task(fetch_url(url))  # the notes' async.create_task, corrected
    task2 = asyncio.create_task(read_file(file_path))

    fetch_result = await task1  # about 1 s
    file_result = await task2  # already done: no extra wait
    print(fetch_result, '|', file_result)


if __name__ == '__main__':
    start_time = time.time()
    asyncio.run(main())
    end_time = time.time()
    print("the time cost is ", end_time - start_time)  # about 1.0
