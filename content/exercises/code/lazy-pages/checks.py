import asyncio

from lab_check import check


class RecordingSource:
    """A stand-in source that records what was fetched and released; page `fail_at` raises."""

    def __init__(self, pages, fail_at=None):
        self.pages, self.fail_at = pages, fail_at
        self.fetched, self.released = [], 0

    async def fetch_page(self, number):
        self.fetched.append(number)
        await asyncio.sleep(0.02)
        if number == self.fail_at:
            raise ConnectionError(f"page {number}: connection reset")
        return list(self.pages[number - 1]), number < len(self.pages)

    def release(self):
        self.released += 1


def items_of(ctx, source):
    """What all_items(source) returns, through ctx.function so that the guard holds."""
    items = ctx.function("all_items")(source)
    assert hasattr(items, "__anext__"), ctx.say(
        en="all_items(source) must return an async iterator: write it as an async generator (async def with yield), or return an object with __aiter__ and __anext__.",
        zh="all_items(source) 必须返回异步迭代器：把它写成异步生成器（带 yield 的 async def），或者返回带 __aiter__ 和 __anext__ 的对象。",
    )
    return items


async def next_item(items):
    try:
        return await items.__anext__()
    except StopAsyncIteration:
        return "(done)"


@check("every item, in order")
async def in_order(ctx):
    source = RecordingSource([["a", "b"], ["c"], ["d", "e"]])
    got = ctx.plain([item async for item in items_of(ctx, source)], "what all_items(source) yielded")
    assert got == ["a", "b", "c", "d", "e"], ctx.say(
        en=f"with pages [a, b], [c], [d, e], the loop got {got}; it should get every item once, in page order.",
        zh=f"三页分别是 [a, b]、[c]、[d, e]，循环拿到的是 {got}；应当按页的顺序把每一项各拿到一次。",
    )


@check("nothing is fetched before the first item is asked for")
async def lazy_start(ctx):
    source = RecordingSource([["a", "b"], ["c"]])
    items = items_of(ctx, source)
    await asyncio.sleep(0.1)
    fetched = list(source.fetched)
    first = ctx.plain(await next_item(items), "the first item")
    await items.aclose()
    assert fetched == [], ctx.say(
        en=f"all_items(source) fetched page {fetched} before anyone asked for an item. Nothing should happen until the first __anext__().",
        zh=f"还没有人来要任何一项，all_items(source) 就获取了第 {fetched} 页。第一次 __anext__() 之前，什么都不应该发生。",
    )
    assert first == "a" and source.fetched == [1], ctx.say(
        en=f"the first __anext__() gave {first!r} after fetching pages {source.fetched}; it should fetch page 1 only and give 'a'.",
        zh=f"第一次 __anext__() 得到 {first!r}，此前获取了第 {source.fetched} 页；应当只获取第 1 页，得到 'a'。",
    )


@check("a page is fetched only when its first item is asked for")
async def lazy_pages(ctx):
    source = RecordingSource([["a", "b"], ["c", "d"], ["e"]])
    items = items_of(ctx, source)
    seen, while_holding = [], []
    for _ in range(3):
        seen.append(str(ctx.plain(await next_item(items), "an item")))
        await asyncio.sleep(0.1)  # the consumer works on the item: time enough for a prefetch to show
        while_holding.append(list(source.fetched))
    await items.aclose()
    assert while_holding == [[1], [1], [1, 2]], ctx.say(
        en=f"holding {', '.join(seen)} in turn, the pages fetched so far were {while_holding}; they should be [1], [1], [1, 2]: page 2 only once its first item, 'c', is asked for.",
        zh=f"依次拿着 {'、'.join(seen)} 时，已获取的页分别是 {while_holding}；应当是 [1]、[1]、[1, 2]：第 2 页要等有人来要它的第一项 'c' 时才获取。",
    )


@check("breaking early fetches no more pages and releases the connection")
async def break_early(ctx):
    source = RecordingSource([["a", "b"], ["c", "d"], ["e", "f"]])
    items = items_of(ctx, source)
    try:  # what `async with contextlib.aclosing(items)` does
        async for item in items:
            if item == "c":
                break
    finally:
        await items.aclose()
    released_at_break = source.released
    await asyncio.sleep(0.15)
    assert source.fetched == [1, 2], ctx.say(
        en=f"the loop broke at 'c' (page 2), yet pages {source.fetched} were fetched; after a break no more pages should be.",
        zh=f"循环在 'c'（第 2 页）处 break，却获取了第 {source.fetched} 页；break 之后不应再获取任何一页。",
    )
    assert released_at_break == 1, ctx.say(
        en=f"after a break inside `async with aclosing(all_items(source))`, release() had been called {released_at_break} times; it should be once. aclose() raises GeneratorExit at the yield: only a finally (or an except that catches it) runs then.",
        zh=f"在 `async with aclosing(all_items(source))` 里 break 之后，release() 被调用了 {released_at_break} 次；应当恰好一次。aclose() 在 yield 处抛出 GeneratorExit：这时只有 finally（或捕获它的 except）会运行。",
    )


@check("the connection is released exactly once, even on an error")
async def released_once(ctx):
    whole = RecordingSource([["a"], ["b"]])
    async for _ in items_of(ctx, whole):
        pass
    assert whole.released == 1, ctx.say(
        en=f"after a loop over every item, release() had been called {whole.released} times; it should be exactly once.",
        zh=f"循环遍历完所有项之后，release() 被调用了 {whole.released} 次；应当恰好一次。",
    )

    failing = RecordingSource([["a"], ["b"], ["c"]], fail_at=2)
    error = None
    try:
        async for _ in items_of(ctx, failing):
            pass
    except Exception as caught:  # whatever came out, the message below says what it was
        error = caught
    assert isinstance(error, ConnectionError) and str(error) == "page 2: connection reset", ctx.say(
        en=f"when fetch_page(2) raised ConnectionError('page 2: connection reset'), the loop {'ended without an error' if error is None else f'got {error!r}'}; the error should reach the loop as it is.",
        zh=f"fetch_page(2) 抛出 ConnectionError('page 2: connection reset') 时，循环{'没有收到错误就结束了' if error is None else f'收到的是 {error!r}'}；这个错误应当原样传到循环。",
    )
    assert failing.released == 1, ctx.say(
        en=f"when fetch_page(2) raised, release() was called {failing.released} times; it should be exactly once.",
        zh=f"fetch_page(2) 抛出异常时，release() 被调用了 {failing.released} 次；应当恰好一次。",
    )
