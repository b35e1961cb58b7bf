# Wrong (fails "names in the order of ids"): sorts the names, which is the order of the ids only when the ids are sorted.
import asyncio


async def load_profile(user_id):
    await asyncio.sleep(user_id * 0.2)
    return f"user {user_id}"


async def load_profiles(ids):
    names = await asyncio.gather(*(load_profile(user_id) for user_id in ids))
    return sorted(names)


print(asyncio.run(load_profiles([3, 1, 2])))
