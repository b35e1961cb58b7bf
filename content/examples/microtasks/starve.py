import asyncio
import time


def ms_since(moment):
    return f"{(time.perf_counter() - moment) * 1000:.0f} ms"


def timer(scheduled):
    print("  the 0 ms timer runs", ms_since(scheduled), "late")


async def finished(n):
    return n + 1  # returns without suspending: awaiting it never reaches the loop


# 0.3 s of small steps, with a timer due at once waiting for its turn.
async def busy(label, yield_to_loop):
    began = time.perf_counter()
    asyncio.get_running_loop().call_later(0, timer, began)
    n = 0
    while time.perf_counter() - began < 0.3:
        n = await finished(n)
        if yield_to_loop:
            await asyncio.sleep(0)  # suspends: the loop runs what is ready, timers included
    print(f"{label}: {n} steps done after", ms_since(began))
    await asyncio.sleep(0.01)


async def main():
    await busy("await finished()", False)  # the timer waits the whole 0.3 s
    await busy("with sleep(0)", True)  # the timer runs after the first step


asyncio.run(main())
