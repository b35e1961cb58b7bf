from lab_check import check, most_at_once


def main_requests(ctx):
    return [r for r in ctx.requests if r.start <= ctx.elapsed_ms and "/delay/" in r.url]


@check("never more than 3 requests at once")
def at_most_three(ctx):
    requests = main_requests(ctx)
    assert len(requests) == 20, ctx.say(
        en=f"saw {len(requests)} requests; the code at the bottom of main.py should make 20.",
        zh=f"只看到 {len(requests)} 个请求；main.py 末尾的代码应当发出 20 个。",
    )
    most = most_at_once(requests)
    assert most <= 3, ctx.say(
        en=f"{most} requests were in flight at the same time; fetch_limited(urls, 3) should allow at most 3.",
        zh=f"同一时刻有 {most} 个请求在途；fetch_limited(urls, 3) 最多只应允许 3 个。",
    )


@check("three at a time, not fewer")
def three_at_a_time(ctx):
    most = most_at_once(main_requests(ctx))
    assert most == 3, ctx.say(
        en=f"at most {most} request(s) were in flight at the same time; fetch_limited(urls, 3) should keep three going, or the 20 requests take longer than they need.",
        zh=f"同一时刻最多只有 {most} 个请求在途；fetch_limited(urls, 3) 应当让三个请求同时进行，否则这 20 个请求会多花不必要的时间。",
    )


@check("the limit is the one passed in")
async def limit_is_the_argument(ctx):
    fetch_limited = ctx.function("fetch_limited")
    # Three 0.3 s requests: about 900 ms one at a time, about 300 ms all at once (wide margins:
    # timers on a busy machine come late).
    urls = ["https://httpbin.org/delay/0.3"] * 3
    with ctx.time() as one:
        await fetch_limited(urls, 1)
    with ctx.time() as three:
        await fetch_limited(urls, 3)
    assert one.ms >= 800, ctx.say(
        en=f"fetch_limited(three 0.3 s requests, 1) took {ctx.ms(one.ms)}; with a limit of 1 they go one at a time, about 900 ms.",
        zh=f"fetch_limited(三个 0.3 秒的请求, 1) 用了 {ctx.ms(one.ms)}；限制为 1 时它们一个接一个，约 900 ms。",
    )
    assert three.ms < 700, ctx.say(
        en=f"fetch_limited(three 0.3 s requests, 3) took {ctx.ms(three.ms)}; with a limit of 3 they all go at once, about 300 ms.",
        zh=f"fetch_limited(三个 0.3 秒的请求, 3) 用了 {ctx.ms(three.ms)}；限制为 3 时它们同时进行，约 300 ms。",
    )


@check("statuses in input order")
async def in_order(ctx):
    fetch_limited = ctx.function("fetch_limited")
    urls = ["https://httpbin.org/status/418", "https://httpbin.org/delay/0.3", "https://httpbin.org/status/204"]
    statuses = list(ctx.plain(await fetch_limited(urls, 2), "fetch_limited(urls, 2)"))
    assert statuses == [418, 200, 204], ctx.say(
        en=f"fetch_limited(/status/418, /delay/0.3, /status/204, limit 2) returned {statuses}; it should return the statuses in the order of the URLs: [418, 200, 204].",
        zh=f"fetch_limited(/status/418, /delay/0.3, /status/204, 限制为 2) 返回了 {statuses}；状态码应当按 URL 的顺序排列：[418, 200, 204]。",
    )
