# Wrong (fails "a failure raises an ExceptionGroup"): catches each part's error, so nothing fails and nothing is cancelled
import asyncio
import time

# The parts whose requests are in flight: a dashboard must not leave any behind.
running = set()
# The services that are down: their part fails once its request is over.
down = set()


# One part of the dashboard, from its own service: a request that takes `seconds`.
async def fetch_part(name, seconds):
    running.add(name)
    try:
        await asyncio.sleep(seconds)
        if name in down:
            raise ConnectionError(f"{name}: service down")
        return f"{name} ({seconds} s)"
    finally:
        running.discard(name)


# Fetches every part at once and returns {name: part}. If one fails, the others are cancelled,
# and the error comes out as an ExceptionGroup once they have all ended.
async def load_dashboard(parts):
    async def part_or_none(name, seconds):
        try:
            return await fetch_part(name, seconds)
        except Exception:
            return None  # the group never hears of the failure

    async with asyncio.TaskGroup() as group:
        tasks = {name: group.create_task(part_or_none(name, seconds)) for name, seconds in parts.items()}
    return {name: task.result() for name, task in tasks.items()}


async def main():
    print("all up:", await load_dashboard({"profile": 0.2, "orders": 0.4, "news": 0.6}))
    down.add("orders")
    try:
        await load_dashboard({"profile": 0.2, "orders": 0.4, "news": 1.0})
    except* ConnectionError as failed:
        print(f"orders down: {failed.exceptions!r}; still running: {sorted(running)}")


start = time.perf_counter()
asyncio.run(main())
print(f"took {(time.perf_counter() - start) * 1000:.0f} ms")
