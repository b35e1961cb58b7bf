# A future's done-callbacks run on the loop, after the code that set its result, in the order added.
import asyncio


async def waiter(future):
    print("waiter got", await future)


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    future.add_done_callback(lambda f: print("callback 1", f.result()))
    task = asyncio.create_task(waiter(future))
    future.add_done_callback(lambda f: print("callback 2", f.result()))
    await asyncio.sleep(0)
    future.set_result(42)
    print("result set")
    await task
    print("end")


asyncio.run(main())
