import asyncio
import time

# The downloads under way, by name, with the chunks received so far: their partial files on disk.
partial_files = {}


# One chunk of a download: 0.1 s. On a bad network it raises ConnectionError.
async def fetch_chunk(name, index):
    await asyncio.sleep(0.1)


# Downloads `name` in chunks of 0.1 s and returns how many it got, or None after a network error.
# However it ends, it must leave no partial file behind.
async def download(name, seconds):
    partial_files[name] = 0
    try:
        for index in range(round(seconds * 10)):
            await fetch_chunk(name, index)
            partial_files[name] += 1
        return partial_files.pop(name)
    except:
        print(f"{name}: download failed")
        return None


async def main():
    try:
        async with asyncio.timeout(1):  # one deadline for both downloads
            sizes = await asyncio.gather(download("small.zip", 0.5), download("big.iso", 3))
        print("sizes:", sizes)
    except TimeoutError:
        print("deadline: gave up after 1 s")
    print("partial files left:", sorted(partial_files))


start = time.perf_counter()
asyncio.run(main())
print(f"took {(time.perf_counter() - start) * 1000:.0f} ms")
