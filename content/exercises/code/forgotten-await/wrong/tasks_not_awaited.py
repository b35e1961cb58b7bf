# Wrong (fails "save_notes waits for every save"): create_task starts each save, but nothing waits for the tasks, so the count is read at once.
import asyncio

db = []


async def save(note):
    await asyncio.sleep(0.2)
    db.append(note)


async def save_notes(notes):
    for note in notes:
        asyncio.create_task(save(note))
    return f"saved {len(db)} notes"


print(asyncio.run(save_notes(["buy milk", "call mum", "write tests"])))
