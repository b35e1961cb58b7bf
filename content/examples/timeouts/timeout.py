import asyncio
import time


async def fetch_report():
    try:
        await asyncio.sleep(2)  # a slow 2 s request
        return "report"
    except asyncio.CancelledError:
        print(f"fetch_report: cancelled at {time.perf_counter() - t0:.2f} s")
        raise  # let the cancellation go on, or the timeout cannot work


async def main():
    try:
        async with asyncio.timeout(0.5):  # a deadline for everything inside the block
            report = await fetch_report()
        print("main: got", report)
    except TimeoutError:
        print(f"main: TimeoutError at {time.perf_counter() - t0:.2f} s")


t0 = time.perf_counter()
asyncio.run(main())
