import asyncio
import sys


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    print("Python", sys.version.split()[0])
    jobs = [asyncio.create_task(job("slow", 0.4)), asyncio.create_task(job("quick", 0.2))]
    try:
        async for task in asyncio.as_completed(jobs):  # 3.13 and later
            print(f"async for: {await task}; one of jobs: {task in jobs}")
    except TypeError as error:  # 3.11 and 3.12: as_completed is a plain generator
        print("TypeError:", error)
        for next_done in asyncio.as_completed(jobs):
            print(f"for: {await next_done}")


asyncio.run(main())
