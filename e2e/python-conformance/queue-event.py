# A Queue between a producer and a consumer, and an Event that releases two waiters.
import asyncio


async def producer(queue):
    for item in range(3):
        await queue.put(item)
        print("put", item)
    await queue.put(None)


async def consumer(queue):
    while (item := await queue.get()) is not None:
        print("got", item)


async def waiter(name, event):
    print(name, "waits")
    await event.wait()
    print(name, "released")


async def main():
    queue = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(queue), consumer(queue))
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(name, event)) for name in ("w1", "w2")]
    await asyncio.sleep(0)
    print("set")
    event.set()
    await asyncio.gather(*tasks)


asyncio.run(main())
