# call_soon, call_later(0), task steps and sleep(0), interleaved: the ready queue's order.
import asyncio


async def task(name):
    print(f"{name}: step 1")
    await asyncio.sleep(0)
    print(f"{name}: step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "timer 1")
    loop.call_soon(print, "soon A")
    asyncio.create_task(task("task"))
    loop.call_soon(print, "soon B")
    loop.call_later(0, print, "timer 2")
    print("main: before sleep(0)")
    await asyncio.sleep(0)
    print("main: after sleep(0)")
    await asyncio.sleep(0)
    print("main: after a second sleep(0)")


asyncio.run(main())
