import asyncio
import time


async def producer(queue):
    for n in range(6):
        await queue.put(n)  # waits while the queue is full (maxsize=2)
        print(f"put {n} at {time.perf_counter() - t0:.2f} s")


async def consumer(name, queue):
    while True:
        n = await queue.get()
        await asyncio.sleep(0.3)  # handling one item
        print(f"{name} done with {n} at {time.perf_counter() - t0:.2f} s")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(name, queue)) for name in ("c1", "c2")]
    await producer(queue)
    await queue.join()  # until task_done() was called for every item put
    for task in consumers:
        task.cancel()  # they loop for ever: stop them
    print(f"all handled at {time.perf_counter() - t0:.2f} s")


t0 = time.perf_counter()
asyncio.run(main())
