# Timers of different lengths: as_completed yields in finishing order, wait_for times out.
import asyncio


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    for next_done in asyncio.as_completed([job("slow", 0.06), job("fast", 0.02), job("mid", 0.04)]):
        print("done:", await next_done)
    try:
        await asyncio.wait_for(job("late", 0.2), timeout=0.05)
    except TimeoutError:
        print("wait_for timed out")
    done, pending = await asyncio.wait(
        [asyncio.create_task(job(n, s)) for n, s in (("x", 0.01), ("y", 0.1))],
        return_when=asyncio.FIRST_COMPLETED,
    )
    print("first:", [t.result() for t in done], "pending:", len(pending))
    for task in pending:
        task.cancel()


asyncio.run(main())
