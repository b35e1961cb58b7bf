import asyncio


# Loads one user's profile. Bigger ids live on a slower server: user 3 takes 0.6 s, user 1 0.2 s.
async def load_profile(user_id):
    await asyncio.sleep(user_id * 0.2)
    return f"user {user_id}"


# Loads every profile concurrently and returns the names in the order of `ids`.
async def load_profiles(ids):
    names = []

    async def load(user_id):
        names.append(await load_profile(user_id))  # appended when it arrives, not where it belongs

    await asyncio.gather(*(load(user_id) for user_id in ids))
    return names


print(asyncio.run(load_profiles([3, 1, 2])))  # should be ['user 3', 'user 1', 'user 2']
