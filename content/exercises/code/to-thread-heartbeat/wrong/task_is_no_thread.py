# Wrong (fails "the heartbeat keeps ticking"): a task is no thread: the blocking call inside it still runs on the event loop's thread.
import asyncio
import time

import requests


# A blocking download: requests.get waits 0.8 s for the server, and its thread waits with it.
def download_report():
    return requests.get("https://httpbin.org/delay/0.8").status_code


async def fetch_report():
    async def download():
        return download_report()

    return await asyncio.create_task(download())


start = time.perf_counter()
beating = True


async def heartbeat():
    n = 1
    while beating:
        print(f"beat {n} at {(time.perf_counter() - start) * 1000:.0f} ms")
        n += 1
        await asyncio.sleep(0.1)


async def main():
    global beating
    beats = asyncio.create_task(heartbeat())
    status = await fetch_report()
    beating = False
    await beats
    print(f"status {status} at {(time.perf_counter() - start) * 1000:.0f} ms")


asyncio.run(main())
