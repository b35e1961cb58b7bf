# Callbacks that schedule callbacks and zero-delay timers, three turns deep.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def soon(name, depth):
        print(f"soon {name}")
        if depth > 0:
            loop.call_soon(soon, name + "s", depth - 1)
            loop.call_later(0, later, name + "l", depth - 1)

    def later(name, depth):
        print(f"later {name}")
        if depth > 0:
            loop.call_soon(soon, name + "s", depth - 1)

    loop.call_soon(soon, "a", 2)
    loop.call_later(0, later, "b", 2)
    loop.call_soon(soon, "c", 1)
    # Ten turns, not a timer: the chain above ends within five, however slow the machine.
    for _ in range(10):
        await asyncio.sleep(0)
    print("end")


asyncio.run(main())
