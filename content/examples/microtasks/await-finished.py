import asyncio


async def finished():
    return "value"  # returns without ever suspending


async def other():
    print("  the other task runs")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "  a call_soon callback runs")
    asyncio.create_task(other())
    done = loop.create_future()
    done.set_result("value")

    print("await a finished coroutine and a finished future…")
    await finished()
    await done
    print("…back, and nothing else has run yet")

    await asyncio.sleep(0)  # suspends: the loop runs what is ready, then resumes main
    print("after await asyncio.sleep(0)")


asyncio.run(main())
