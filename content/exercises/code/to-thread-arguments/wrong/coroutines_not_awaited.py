# Wrong (fails "translate returns the translations"): returns the coroutines to_thread made without awaiting them: no thread ever runs, and the caller gets coroutine objects, not words.
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
    return [asyncio.to_thread(lookup, word, lang, default=word) for word in words]


async def main():
    start = time.perf_counter()
    french = await translate(["cat", "dog", "owl", "bird"], "fr")
    print(f"{french} after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
