# Wrong (fails "saves one after the other"): gather saves the notes all at once, where the task says one after the other.
import asyncio

db = []


async def save(note):
    await asyncio.sleep(0.2)
    db.append(note)


async def save_notes(notes):
    await asyncio.gather(*(save(note) for note in notes))
    return f"saved {len(db)} notes"


print(asyncio.run(save_notes(["buy milk", "call mum", "write tests"])))
