import asyncio


# Loads one user's profile. Bigger ids live on a slower server: user 3 takes 0.6 s, user 1 0.2 s.
async def load_profile(user_id):
    await asyncio.sleep(user_id * 0.2)
    return f"user {user_id}"


# Loads every profile concurrently and returns the names in the order of `ids`.
async def load_profiles(ids):
    # gather starts them all at once and returns the results in the order they were passed.
    return await asyncio.gather(*(load_profile(user_id) for user_id in ids))


print(asyncio.run(load_profiles([3, 1, 2])))  # should be ['user 3', 'user 1', 'user 2']
