# Wrong (fails "each lookup runs in a thread"): gathers coroutines that call lookup directly: they take turns on the event loop's thread, and each blocks it for 0.4 s.
import asyncio
import time

WORDS = {
    "fr": {"cat": "chat", "dog": "chien", "bird": "oiseau", "fish": "poisson"},
    "de": {"cat": "Katze", "dog": "Hund", "bird": "Vogel", "fish": "Fisch"},
}


# Looks word up in a slow word list: holds its thread for 0.4 s. A word the list lacks gives default.
def lookup(word, lang, *, default):
    time.sleep(0.4)  # a blocking read, like a file or a database without an async driver
    return WORDS[lang].get(word, default)


# Translates words into lang, each lookup in a thread and all at once; an unknown word stays as it is.
async def translate(words, lang):
    async def one(word):
        return lookup(word, lang, default=word)

    return await asyncio.gather(*(one(word) for word in words))


async def main():
    start = time.perf_counter()
    french = await translate(["cat", "dog", "owl", "bird"], "fr")
    print(f"{french} after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
