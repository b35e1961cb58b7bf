# Wrong (fails "names in the order of ids"): as_completed hands over each profile as it arrives, so the fastest comes first.
import asyncio


async def load_profile(user_id):
    await asyncio.sleep(user_id * 0.2)
    return f"user {user_id}"


async def load_profiles(ids):
    return [await next_one for next_one in asyncio.as_completed([load_profile(i) for i in ids])]


print(asyncio.run(load_profiles([3, 1, 2])))
