# Right: asyncio.wait with FIRST_EXCEPTION, then cancels the pending tasks, waits for them and raises the group itself
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
    tasks = {name: asyncio.create_task(fetch_part(name, seconds)) for name, seconds in parts.items()}
    done, pending = await asyncio.wait(tasks.values(), return_when=asyncio.FIRST_EXCEPTION)
    if pending:  # one failed before the others were done
        for task in pending:
            task.cancel()
        await asyncio.wait(pending)
    errors = [task.exception() for task in done if task.exception() is not None]
    if errors:
        raise ExceptionGroup("dashboard", errors)
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
