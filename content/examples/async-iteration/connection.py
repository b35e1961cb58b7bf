import asyncio
import time
from contextlib import asynccontextmanager

t0 = time.perf_counter()


def at():
    return f"{time.perf_counter() - t0:.2f} s"


@asynccontextmanager
async def connection(name):
    print(f"{name}: connecting")
    await asyncio.sleep(0.1)  # opening takes a round trip
    try:
        yield name.upper()  # the body of the async with runs here
    finally:
        await asyncio.sleep(0.1)  # closing politely takes one too
        print(f"{name}: closed at {at()}")


async def query_forever():
    async with connection("cancelled"):
        await asyncio.sleep(10)


async def main():
    async with connection("db") as conn:
        print(f"using {conn}")

    try:
        async with connection("failing"):
            raise ValueError("query failed")  # reaches the generator at its yield
    except ValueError as error:
        print(f"main: {error} at {at()}")

    task = asyncio.create_task(query_forever())
    await asyncio.sleep(0.3)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: task cancelled at {at()}")


asyncio.run(main())
