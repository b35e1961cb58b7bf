import asyncio
import time


def blocking_task():
    time.sleep(2)  # synchronous, blocking
    return "Done"


async def main():
    result = await asyncio.to_thread(blocking_task)  # runs in a worker thread
    print(result)  # prints "Done"


asyncio.run(main())
