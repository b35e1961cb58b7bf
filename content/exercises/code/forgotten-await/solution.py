import asyncio

# The "database": a list that a slow write appends to.
db = []


# Writes one note; like an INSERT over the network, it takes a while.
async def save(note):
    await asyncio.sleep(0.2)
    db.append(note)


# Saves the notes one after the other, then reports how many notes the database holds.
async def save_notes(notes):
    for note in notes:
        # Without await, save(note) only makes a coroutine: nothing runs it, and the count stays 0.
        await save(note)
    return f"saved {len(db)} notes"


print(asyncio.run(save_notes(["buy milk", "call mum", "write tests"])))  # should say "saved 3 notes"
print("database:", db)
