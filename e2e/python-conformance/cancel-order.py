# Cancelling a sleeping task: its except and finally run before the awaiting code resumes.
import asyncio


async def sleeper():
    try:
        print("sleeper: sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper: cancelled")
        raise
    finally:
        print("sleeper: finally")


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    print("main: cancel ->", task.cancel())
    print("main: done yet?", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("main: task cancelled:", task.cancelled())


asyncio.run(main())
