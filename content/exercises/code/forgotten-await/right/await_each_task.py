# Right: wraps each save in a task and awaits the task before making the next; still one after the other.
import asyncio

db = []


async def save(note):
    await asyncio.sleep(0.2)
    db.append(note)


async def save_notes(notes):
    for note in notes:
        task = asyncio.create_task(save(note))
        await task
    return f"saved {len(db)} notes"


print(asyncio.run(save_notes(["buy milk", "call mum", "write tests"])))
