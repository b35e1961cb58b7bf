import asyncio
import time

t0 = time.perf_counter()


def at():
    return f"{time.perf_counter() - t0:.2f} s"


async def readings(count):
    for number in range(count):
        await asyncio.sleep(0.2)  # the sensor produces a reading every 0.2 s
        yield number * 10


async def main():
    async for value in readings(3):
        print(f"as it comes: {value} at {at()}")  # each value while the next is being made

    values = [value async for value in readings(3)]  # an async comprehension waits for them all
    print(f"all at once: {values} at {at()}")


asyncio.run(main())
