import asyncio
import re

from lab_check import check

BEAT = re.compile(r"^beat \d+ at \d+ ms$")


@check("the heartbeat keeps ticking")
def keeps_ticking(ctx):
    beats = [line.time for line in ctx.logs if line.kind == "log" and BEAT.match(line.text)]
    # The beats while the report downloads (the whole run if it made no request): a busy machine may
    # start the heartbeat late, but a free loop keeps it going all through the download.
    downloads = [r for r in ctx.requests if r.start <= ctx.elapsed_ms and "/delay/0.8" in r.url]
    if downloads:
        start, end = downloads[0].start, downloads[0].end if downloads[0].end is not None else ctx.elapsed_ms
        beats = [time for time in beats if start <= time <= end]
    gaps = [later - earlier for earlier, later in zip(beats, beats[1:])]
    longest = max(gaps, default=0)
    # The download takes 0.8 s: a free loop beats about 8 times in it, 100 ms apart; a blocked one not once.
    assert len(beats) >= 3 and longest < 500, ctx.say(
        en=f"while the report downloaded, the heartbeat printed {len(beats)} beat(s), the longest silence {ctx.ms(longest)}; it should beat every 100 ms. Something blocks the event loop's thread.",
        zh=f"下载报表期间，心跳只打印了 {len(beats)} 次，最长停顿 {ctx.ms(longest)}；它应当每 100 ms 跳一次。有什么东西堵住了事件循环的线程。",
    )


@check("fetch_report runs in another thread")
async def in_a_thread(ctx):
    fetch_report = ctx.function("fetch_report")
    downloads = [r for r in ctx.requests if r.start <= ctx.elapsed_ms and "/delay/0.8" in r.url]
    assert downloads, ctx.say(
        en="main.py made no request to /delay/0.8: fetch_report should still download the report, only elsewhere than on the event loop's thread.",
        zh="main.py 没有发出发往 /delay/0.8 的请求：fetch_report 仍然应当下载报表，只是不在事件循环的线程上。",
    )
    ticks = 0

    async def tick():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.05)
            ticks += 1

    ticker = asyncio.create_task(tick())
    with ctx.time() as watch:
        status = ctx.plain(await fetch_report(), "await fetch_report()")
    ticker.cancel()
    assert status == 200, ctx.say(
        en=f"await fetch_report() gave {status!r}; it should give the report's status, 200.",
        zh=f"await fetch_report() 得到的是 {status!r}；应当是报表的状态码 200。",
    )
    # 0.8 s of download with a timer due every 50 ms: a free loop counts about 15, a blocked one 0.
    assert ticks >= 6, ctx.say(
        en=f"while await fetch_report() took {ctx.ms(watch.ms)}, a 50 ms timer fired only {ticks} time(s): the download blocked the event loop.",
        zh=f"await fetch_report() 用了 {ctx.ms(watch.ms)}，而这期间一个 50 ms 的定时器只触发了 {ticks} 次：下载堵住了事件循环。",
    )
