import asyncio
import time


async def save(order):
    await asyncio.sleep(1)  # writing to the database takes 1 s
    print(f"save: {order} written at {time.perf_counter() - t0:.2f} s")


async def main():
    task = asyncio.create_task(save("order 42"))  # keep a reference: the save must finish
    try:
        async with asyncio.timeout(0.3):
            await asyncio.shield(task)  # the timeout cancels the shield, not the task
    except TimeoutError:
        print(f"main: stopped waiting at {time.perf_counter() - t0:.2f} s; the save goes on")
    await task  # later, wait for it after all
    print("main: task cancelled:", task.cancelled())


t0 = time.perf_counter()
asyncio.run(main())
