# Wrong (fails "save_notes waits for every save"): starts every save as a task and then sleeps a second, hoping they are done by then.
import asyncio

db = []


async def save(note):
    await asyncio.sleep(0.2)
    db.append(note)


async def save_notes(notes):
    for note in notes:
        asyncio.create_task(save(note))
    await asyncio.sleep(1)
    return f"saved {len(db)} notes"


print(asyncio.run(save_notes(["buy milk", "call mum", "write tests"])))
