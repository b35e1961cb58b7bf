import asyncio


def fun(a, b=0, c=0, d=0):
    return a + b + c + d


async def main():
    # Right: pass the function itself, then its arguments. to_thread calls fun(1, 2, 3) in a thread.
    print("to_thread(fun, 1, 2, 3) =", await asyncio.to_thread(fun, 1, 2, 3))
    print("to_thread(fun, 1, c=5) =", await asyncio.to_thread(fun, 1, c=5))  # keyword arguments pass through

    # The notes' call: fun(1) runs first, here on the loop's thread, and to_thread receives the number 1.
    try:
        await asyncio.to_thread(fun(1), 1, 2, 3)
    except TypeError as error:
        print("to_thread(fun(1), 1, 2, 3) failed:", repr(error))

    # to_thread returns a coroutine: no thread starts until it is awaited.
    coro = asyncio.to_thread(print, "the thread runs print only now")
    await asyncio.sleep(0.5)
    print("0.5 s later, not awaited yet")
    await coro


asyncio.run(main())
