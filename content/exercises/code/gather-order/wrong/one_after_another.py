# Wrong (fails "profiles load concurrently"): the order is right, but each profile waits for the one before.
import asyncio


async def load_profile(user_id):
    await asyncio.sleep(user_id * 0.2)
    return f"user {user_id}"


async def load_profiles(ids):
    return [await load_profile(user_id) for user_id in ids]


print(asyncio.run(load_profiles([3, 1, 2])))
