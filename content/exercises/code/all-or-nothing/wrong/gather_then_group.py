# Wrong (fails "the other parts are cancelled"): wraps gather's error in a group, but the other parts run on
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
    try:
        results = await asyncio.gather(*(fetch_part(name, seconds) for name, seconds in parts.items()))
    except Exception as error:
        raise ExceptionGroup("dashboard", [error])
    return dict(zip(parts, results))


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
