# Right: waits for the rates in a thread while the orders are fetched on the loop, both at once.
import asyncio
import json
import time

# ---- A library you did not write: leave it as it is. ----


async def fetch_user(user_id):
    await asyncio.sleep(0.2)  # the user service answers
    return {"id": user_id, "name": "Ada"}


async def fetch_orders(user_id):
    await asyncio.sleep(0.3)  # the order service answers
    return [12.5, 30.0, 7.5] if user_id == 7 else []


def load_settings():
    return json.loads('{"currency": "EUR", "digits": 2}')


def _wait_for_unlock(path):
    time.sleep(0.8)  # another process holds the file


def exchange_rates():
    _wait_for_unlock("rates.lock")
    return {"EUR": 1.0, "USD": 1.08}


def format_report(user, orders, settings, rates):
    total = sum(orders) * rates[settings["currency"]]
    return f"{user['name']}: {len(orders)} orders, {total:.{settings['digits']}f} {settings['currency']}"


# ---- Your code: keep the heartbeat at 0.1 s while the report is built. ----


async def build_report(user_id):
    user = await fetch_user(user_id)
    settings = load_settings()
    rates, orders = await asyncio.gather(asyncio.to_thread(exchange_rates), fetch_orders(user_id))
    return format_report(user, orders, settings, rates)


start = time.perf_counter()
beating = True


# Prints a beat every 0.1 s until told to stop: it shows whether the event loop is free.
async def heartbeat():
    n = 1
    while beating:
        print(f"beat {n} at {(time.perf_counter() - start) * 1000:.0f} ms")
        n += 1
        await asyncio.sleep(0.1)


async def main():
    global beating
    beats = asyncio.create_task(heartbeat())
    try:
        print(f"report: {await build_report(7)}")
    except Exception as error:
        print(f"report failed: {error!r}")  # a server logs it and goes on
    finally:
        beating = False
        await beats


asyncio.run(main())
