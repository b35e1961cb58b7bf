import asyncio
import time


async def save(order):
    await asyncio.sleep(0.2)
    raise ValueError(f"order {order}: disk full")


async def main():
    asyncio.create_task(save(42))  # started, then forgotten: nobody awaits it
    await asyncio.sleep(0.5)
    print(f"main: all fine, it seems, at {time.perf_counter() - t0:.2f} s")


t0 = time.perf_counter()
asyncio.run(main())
print("the program ends; the error never reached main")
