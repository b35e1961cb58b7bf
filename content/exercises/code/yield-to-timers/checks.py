import asyncio
import re
import time

from lab_check import check

BEAT = re.compile(r"^beat \d+ at \d+ ms$")
TOTAL = re.compile(r"^total \d+ at \d+ ms$")


def ticks_through(times, start, end, least):
    """At least `least` times strictly inside (start, end), the last in its final third. Counts, not
    gaps: on a loaded machine a right answer can stall for a second, but it still lets a due timer run
    at every pause, while a wrong one lets none run at all."""
    inside = [moment for moment in times if start < moment < end]
    return len(inside) >= least and inside[-1] >= start + (end - start) * 2 / 3


@check("the heartbeat keeps ticking")
def keeps_ticking(ctx):
    beats = [line.time for line in ctx.logs if line.kind == "log" and BEAT.match(line.text)]
    totals = [line.time for line in ctx.logs if line.kind == "log" and TOTAL.match(line.text)]
    assert beats and totals, ctx.say(
        en='keep the heartbeat code at the bottom of main.py: the run should print "beat 1 at … ms" and, at the end, "total … at … ms".',
        zh="保留 main.py 底部的心跳代码：运行时应当打印 “beat 1 at … ms”，最后打印 “total … at … ms”。",
    )
    start, end = beats[0], totals[0]
    between = len([moment for moment in beats if start < moment < end])
    # 400 records of 2 ms: about 6 beats after the first when score_all suspends, none when it does
    # not, and only early ones when it stops suspending halfway.
    assert ticks_through(beats, start, end, 3), ctx.say(
        en=f"between the first beat and the total ({ctx.ms(end - start)}) the heartbeat printed {between} more beat(s), and not all the way through; it should beat every 100 ms. The loop did not get a turn while the records were scored.",
        zh=f"从第一次心跳到打印总和（{ctx.ms(end - start)}），心跳只多打印了 {between} 次，而且没有一直跳到最后；它应当每 100 ms 跳一次。给记录打分期间，事件循环没有得到运行的机会。",
    )


@check("score_all lets timers run")
async def lets_timers_run(ctx):
    score_all = ctx.function("score_all")
    ticks = []

    async def tick():
        while True:
            await asyncio.sleep(0.02)
            ticks.append(time.perf_counter())

    ticker = asyncio.create_task(tick())
    await asyncio.sleep(0)  # the ticker's first step: its first timer is set
    start = time.perf_counter()
    try:
        total = ctx.plain(await score_all(200), "score_all(200)")
        end = time.perf_counter()
    finally:
        ticker.cancel()
    assert total == 900, ctx.say(
        en=f"await score_all(200) gave {total!r}; it should still score every record and give their sum, 900.",
        zh=f"await score_all(200) 返回了 {total!r}；它仍然应当给每条记录打分并返回总和 900。",
    )
    fired = len([moment for moment in ticks if start < moment < end])
    took = ctx.ms((end - start) * 1000)
    # 200 records are 0.4 s of work and 20 pauses. A due timer joins the ready queue behind the next
    # step of score_all, so it fires about every third pause: 6 times on CPython 3.11 here, 5 in the
    # page. A wrong answer lets it fire never, or only early.
    assert ticks_through(ticks, start, end, 3), ctx.say(
        en=f"while score_all(200) ran for {took}, a timer due every 20 ms fired {fired} time(s), not all the way through: score_all did not suspend, so the loop did not reach its timers. Awaiting a coroutine or future that is already finished does not suspend.",
        zh=f"score_all(200) 运行的 {took} 里，一个每 20 ms 到期的定时器只触发了 {fired} 次，而且没有一直触发到最后：score_all 没有挂起，事件循环也就轮不到定时器。await 一个已经完成的协程或 future 并不会挂起。",
    )
