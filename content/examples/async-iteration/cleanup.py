import asyncio
import time
from contextlib import aclosing

t0 = time.perf_counter()


def at():
    return f"{time.perf_counter() - t0:.2f} s"


async def rows(name):
    print(f"{name}: connection opened")
    try:
        for number in range(1, 100):
            await asyncio.sleep(0.1)  # one row from the database
            yield number
    finally:
        print(f"{name}: connection closed at {at()}")  # on break, on cancel, and at the end


async def read_all(name):
    async for row in rows(name):
        pass


async def main():
    kept = rows("kept")
    async for row in kept:
        if row == 2:
            break
    print(f"main: left the 'kept' loop at {at()}")  # its generator is not closed yet

    async with aclosing(rows("aclosing")) as stream:
        async for row in stream:
            if row == 2:
                break
    print(f"main: left the 'aclosing' loop at {at()}")  # aclose() ran its finally already

    task = asyncio.create_task(read_all("cancelled"))
    await asyncio.sleep(0.25)
    task.cancel()  # CancelledError is raised at the generator's await
    await asyncio.gather(task, return_exceptions=True)
    print(f"main: end at {at()}")


asyncio.run(main())
