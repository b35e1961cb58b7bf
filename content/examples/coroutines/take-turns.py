import asyncio


async def quick():
    return 1  # finishes without waiting for anything


async def really_wait():
    await asyncio.sleep(0)  # the shortest real wait


async def worker(name, step):
    for i in range(3):
        print(name, i)
        await step()


async def main():
    print("await quick():")
    await asyncio.gather(worker("a", quick), worker("b", quick))
    print("await asyncio.sleep(0):")
    await asyncio.gather(worker("a", really_wait), worker("b", really_wait))


asyncio.run(main())
