# Right: a TaskGroup (Python 3.11+) starts a task per id; the results are read in the order the tasks were made.
import asyncio


async def load_profile(user_id):
    await asyncio.sleep(user_id * 0.2)
    return f"user {user_id}"


async def load_profiles(ids):
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(load_profile(user_id)) for user_id in ids]
    return [task.result() for task in tasks]


print(asyncio.run(load_profiles([3, 1, 2])))
