import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def count(n):  # pure Python arithmetic: CPU-bound
    total = 0
    for i in range(n):
        total += i * i
    return total


N = 2_000_000  # a sixth of the lesson's N: Python in the browser is about 3 times slower


def timed(label, run):
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    print(f"{label}: {seconds:.2f} s")
    return seconds


async def in_to_threads():
    return await asyncio.gather(asyncio.to_thread(count, N), asyncio.to_thread(count, N))


# The lesson's process pools are left out: multiprocessing cannot run in the browser.
count(N)  # warm-up: the browser makes Python's own code faster after its first second of work
alone = timed("one after the other", lambda: [count(N), count(N)])
with ThreadPoolExecutor(2) as pool:
    threads = timed("2 threads", lambda: list(pool.map(count, [N, N])))
timed("2 to_thread calls", lambda: asyncio.run(in_to_threads()))
print(f"speed-up of 2 threads: {alone / threads:.1f}x")  # about 1.0: the GIL
