import asyncio


async def task(name):
    print(f"{name}: step 1")
    await asyncio.sleep(0)
    print(f"{name}: step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0) callback")  # a timer: joins the ready queue next turn
    loop.call_soon(print, "call_soon A")  # straight onto the ready queue
    asyncio.create_task(task("task"))  # its first step goes on the ready queue too
    loop.call_soon(print, "call_soon B")
    print("main: before sleep(0)")
    await asyncio.sleep(0)  # main's next step joins the back of the queue
    print("main: after sleep(0)")
    await asyncio.sleep(0)
    print("main: after a second sleep(0)")


asyncio.run(main())
