import threading
import time

from lab_check import check

WORDS = {
    "fr": {"cat": "chat", "dog": "chien", "bird": "oiseau", "fish": "poisson"},
    "de": {"cat": "Katze", "dog": "Hund", "bird": "Vogel", "fish": "Fisch"},
}


class Recorder:
    """Stands in for main.py's lookup (same signature, same answers) and counts where and how many ran."""

    def __init__(self):
        self.on_loop_thread = 0
        self.calls = 0
        self.running = 0
        self.most = 0
        self._lock = threading.Lock()

    def lookup(self, word, lang, *, default):
        with self._lock:
            self.calls += 1
            self.on_loop_thread += threading.current_thread() is threading.main_thread()
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            time.sleep(0.3)
            return WORDS[lang].get(word, default)
        finally:
            with self._lock:
                self.running -= 1


async def translate_recorded(ctx, words, lang):
    """Awaits translate(words, lang) with lookup swapped for a Recorder's; returns both."""
    translate = ctx.function("translate")
    recorder = Recorder()
    original = ctx.exports.get("lookup")
    ctx.exports["lookup"] = recorder.lookup
    try:
        return ctx.plain(await translate(words, lang), f"translate({words!r}, {lang!r})"), recorder
    finally:
        ctx.exports["lookup"] = original


@check("translate returns the translations")
async def translations(ctx):
    result, _ = await translate_recorded(ctx, ["owl", "cat", "fish"], "de")
    expected = ["owl", "Katze", "Fisch"]
    assert isinstance(result, list) and result == expected, ctx.say(
        en=f'await translate(["owl", "cat", "fish"], "de") gave {result!r}; it should give {expected!r}: awaiting to_thread gives what the function returned.',
        zh=f'await translate(["owl", "cat", "fish"], "de") 得到的是 {result!r}；应当是 {expected!r}：await to_thread 得到的就是函数的返回值。',
    )


@check("each lookup runs in a thread")
async def in_threads(ctx):
    _, recorder = await translate_recorded(ctx, ["cat", "dog", "bird", "fish"], "fr")
    assert recorder.calls == 4, ctx.say(
        en=f"translate of 4 words called lookup {recorder.calls} time(s); it should look each word up once.",
        zh=f"翻译 4 个单词时，translate 调用了 lookup {recorder.calls} 次；每个单词应当查一次。",
    )
    assert recorder.on_loop_thread == 0, ctx.say(
        en=f"{recorder.on_loop_thread} of 4 lookups ran on the event loop's thread and blocked it. Pass lookup itself and its arguments to asyncio.to_thread: lookup(...) inside the parentheses runs here, before to_thread is even called.",
        zh=f"4 次查词里有 {recorder.on_loop_thread} 次在事件循环的线程上运行，阻塞了它。要把 lookup 本身和它的参数交给 asyncio.to_thread：写在括号里的 lookup(...) 会在调用 to_thread 之前就在这里运行。",
    )


@check("the lookups run at the same time")
async def at_once(ctx):
    with ctx.time() as watch:
        _, recorder = await translate_recorded(ctx, ["cat", "dog", "bird", "fish"], "fr")
    # Counted, not timed: how many lookups were running at the same moment.
    assert recorder.most == 4, ctx.say(
        en=f"translate of 4 words ran at most {recorder.most} lookup(s) at a time (and took {ctx.ms(watch.ms)}); all 4 should run at once. Start every to_thread before awaiting any: asyncio.gather, or tasks.",
        zh=f"翻译 4 个单词时，translate 同一时刻最多只运行了 {recorder.most} 次查词（共用了 {ctx.ms(watch.ms)}）；4 次应当同时运行。先启动所有 to_thread，再等待它们：用 asyncio.gather，或者任务。",
    )
