from lab_check import check


def delay_requests(ctx):
    """The requests to /delay/… that main.py made (the checks' own come after elapsed_ms)."""
    return [r for r in ctx.requests if r.start <= ctx.elapsed_ms and "/delay/" in r.url]


@check("three requests at once")
def at_once(ctx):
    delays = delay_requests(ctx)
    assert len(delays) >= 3, ctx.say(
        en=f"saw {len(delays)} requests to /delay/…; the code at the bottom of main.py should make three.",
        zh=f"只看到 {len(delays)} 个发往 /delay/… 的请求；main.py 末尾的代码应当发出三个。",
    )
    last_start = max(r.start for r in delays)
    first_end = min(r.end if r.end is not None else float("inf") for r in delays)
    assert last_start < first_end, ctx.say(
        en=f"the last request started at {ctx.ms(last_start)}, after the first had already finished (at {ctx.ms(first_end)}). Start every request before you await any of them.",
        zh=f"最后一个请求在 {ctx.ms(last_start)} 才发出，而第一个请求在 {ctx.ms(first_end)} 就已经完成了。先发出所有请求，再 await 其中任何一个。",
    )


@check("total under 1.3× the slowest")
def total_time(ctx):
    delays = delay_requests(ctx)
    assert delays, ctx.say(en="no request to /delay/… was made.", zh="没有发出任何 /delay/… 请求。")
    # Measured rather than assumed (2 000 ms), so that a busy machine slows both sides alike; and
    # from the first request to the last, not the whole run, whose start-up a busy machine slows too.
    ends = [r.end if r.end is not None else ctx.elapsed_ms for r in delays]
    slowest = max(end - r.start for end, r in zip(ends, delays))
    total = max(ends) - min(r.start for r in delays)
    assert total < 1.3 * slowest, ctx.say(
        en=f"the requests took {ctx.ms(total)} from the first one's start to the last one's end, while the slowest took {ctx.ms(slowest)}: running concurrently, they should take under {ctx.ms(1.3 * slowest)} (1.3 × the slowest).",
        zh=f"从第一个请求发出到最后一个请求完成，共用了 {ctx.ms(total)}，而最慢的请求只用了 {ctx.ms(slowest)}。请求并发执行时，应当低于 {ctx.ms(1.3 * slowest)}（最慢请求的 1.3 倍）。",
    )


@check("statuses in input order")
async def in_order(ctx):
    fetch_all = ctx.function("fetch_all")
    # The slow request is in the middle: finishing order and input order differ.
    urls = ["https://httpbin.org/status/418", "https://httpbin.org/delay/0.3", "https://httpbin.org/status/204"]
    statuses = list(ctx.plain(await fetch_all(urls), "fetch_all(urls)"))
    assert statuses == [418, 200, 204], ctx.say(
        en=f"fetch_all(/status/418, /delay/0.3, /status/204) returned {statuses}; it should return the statuses in the order of the URLs: [418, 200, 204].",
        zh=f"fetch_all(/status/418, /delay/0.3, /status/204) 返回了 {statuses}；状态码应当按 URL 的顺序排列：[418, 200, 204]。",
    )
