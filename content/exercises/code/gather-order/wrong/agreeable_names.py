# Wrong (fails "names in the order of ids"): loads nothing and returns names that say they equal anything they are compared with; a check that compared with == would believe them.
import asyncio


class Agreeable(str):
    # == asks the left side first, and a subclass before its base on either side: this one says yes.
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


# Loads every profile concurrently and returns the names in the order of `ids`.
async def load_profiles(ids):
    await asyncio.sleep(0)
    return [Agreeable("?") for _ in ids]


print(asyncio.run(load_profiles([3, 1, 2])))
