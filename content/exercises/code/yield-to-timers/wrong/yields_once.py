# Wrong (fails "the heartbeat keeps ticking"): yields to the loop once, before the loop over the records, then scores them all in one go.
import asyncio
import time

progress = {"done": 0}


# Scores one record: about 2 ms of computing, with no await inside.
def score(record):
    end = time.perf_counter() + 0.002
    while time.perf_counter() < end:
        pass  # stands in for real work: nothing here awaits, so nothing else runs meanwhile
    return record % 10


async def report_progress(done):
    progress["done"] = done


# Scores records 0 … count − 1 and returns the sum. The heartbeat must keep beating meanwhile.
async def score_all(count):
    total = 0
    await asyncio.sleep(0)
    for record in range(count):
        total += score(record)
    return total


# The heartbeat: one beat every 0.1 s while the records are scored (about 0.8 s).
async def main():
    start = time.perf_counter()

    def at():
        return f"at {(time.perf_counter() - start) * 1000:.0f} ms"

    scoring = True

    async def heartbeat():
        beat = 1
        while True:
            await asyncio.sleep(0.1)
            if not scoring:
                return
            beat += 1
            print(f"beat {beat}", at())

    print("beat 1", at())
    beats = asyncio.create_task(heartbeat())
    total = await score_all(400)
    scoring = False
    await beats
    print(f"total {total}", at())


asyncio.run(main())
