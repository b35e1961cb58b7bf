# Wrong (fails "fetch_report runs in another thread"): returns the to_thread coroutine without awaiting it, so the caller gets a coroutine, not the status.
import asyncio
import time

import requests


# A blocking download: requests.get waits 0.8 s for the server, and its thread waits with it.
def download_report():
    return requests.get("https://httpbin.org/delay/0.8").status_code


async def fetch_report():
    return asyncio.to_thread(download_report)


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
