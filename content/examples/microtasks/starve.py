import asyncio
import time

start = time.perf_counter()


def at():
    return f"at {(time.perf_counter() - start) * 1000:.0f} ms"


def timer():
    print("timer due at 0 ms runs", at())


async def finished(n):
    return n + 1  # returns without suspending: awaiting it never reaches the loop


# 0.3 s of small steps, with a timer due at 0 s waiting for its turn.
async def busy(label, yield_to_loop):
    asyncio.get_running_loop().call_later(0, timer)
    began = time.perf_counter()
    n = 0
    while time.perf_counter() - began < 0.3:
        n = await finished(n)
        if yield_to_loop:
            await asyncio.sleep(0)  # suspends: the loop runs what is ready, timers included
    print(f"{label}: {n} steps done", at())
    await asyncio.sleep(0.01)


async def main():
    await busy("await finished()", False)  # the timer waits the whole 0.3 s
    await busy("with sleep(0)", True)  # the timer runs after the first step


asyncio.run(main())
