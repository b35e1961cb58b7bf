import asyncio
import time


def read_defaults():
    return {"theme": "light", "lang": "en"}


def load_settings():
    time.sleep(0.5)  # hidden in a library: a blocking wait
    return {"theme": "dark"}


async def start_up():
    await asyncio.sleep(0.1)
    settings = read_defaults() | load_settings()
    await asyncio.sleep(0.1)  # the warning names this line: where the slow step ended
    print("started with", settings)


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), "limit:", loop.slow_callback_duration)
    await asyncio.gather(start_up(), asyncio.sleep(0.3))


asyncio.run(main(), debug=True)
