# Three tasks taking turns at each sleep(0); gather returns in argument order.
import asyncio


async def worker(name, steps):
    for step in range(steps):
        print(f"{name} {step}")
        await asyncio.sleep(0)
    return name


async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(results)


asyncio.run(main())
