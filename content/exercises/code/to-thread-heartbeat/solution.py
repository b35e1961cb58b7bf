import asyncio
import time

import requests


# A blocking download: requests.get waits 0.8 s for the server, and its thread waits with it.
def download_report():
    return requests.get("https://httpbin.org/delay/0.8").status_code


# Downloads the report without stopping the event loop.
async def fetch_report():
    # Pass the function itself, not download_report(): that would run it here, first.
    return await asyncio.to_thread(download_report)


start = time.perf_counter()
beating = True


# Prints a beat every 0.1 s until told to stop: it shows whether the event loop is free.
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
