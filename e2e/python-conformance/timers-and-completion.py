# Timers of different lengths: as_completed yields in finishing order, wait_for times out.
# The lengths differ by 100 ms or more: a loaded machine may stall either interpreter for tens of
# ms, and with 10 ms between x and y CPython itself once found both done (CI, load 14).
import asyncio


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    for next_done in asyncio.as_completed([job("slow", 0.3), job("fast", 0.1), job("mid", 0.2)]):
        print("done:", await next_done)
    try:
        await asyncio.wait_for(job("late", 0.6), timeout=0.1)
    except TimeoutError:
        print("wait_for timed out")
    done, pending = await asyncio.wait(
        [asyncio.create_task(job(n, s)) for n, s in (("x", 0.05), ("y", 0.5))],
        return_when=asyncio.FIRST_COMPLETED,
    )
    print("first:", [t.result() for t in done], "pending:", len(pending))
    for task in pending:
        task.cancel()


asyncio.run(main())
