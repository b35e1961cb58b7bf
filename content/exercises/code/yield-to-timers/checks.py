import asyncio
import re
import time

from lab_check import check

BEAT = re.compile(r"^beat \d+ at \d+ ms$")
TOTAL = re.compile(r"^total \d+ at \d+ ms$")


def longest_gap(times):
    return max((later - earlier for earlier, later in zip(times, times[1:])), default=0)


@check("the heartbeat keeps ticking")
def keeps_ticking(ctx):
    beats = [line.time for line in ctx.logs if line.kind == "log" and BEAT.match(line.text)]
    totals = [line.time for line in ctx.logs if line.kind == "log" and TOTAL.match(line.text)]
    assert beats and totals, ctx.say(
        en='keep the heartbeat code at the bottom of main.py: the run should print "beat 1 at … ms" and, at the end, "total … at … ms".',
        zh="保留 main.py 底部的心跳代码：运行时应当打印 “beat 1 at … ms”，最后打印 “total … at … ms”。",
    )
    times = [time for time in beats if time <= totals[0]] + [totals[0]]
    longest = longest_gap(times)
    # 400 records of 2 ms: yielding every 10 records (20 ms) lets a beat through within about 40 ms of
    # its due time; an await that does not suspend lets none through, and the first beat waits 800 ms.
    assert len(times) >= 6 and longest < 300, ctx.say(
        en=f"while the records were scored the heartbeat printed {len(times) - 1} beat(s), the longest silence {ctx.ms(longest)}; it should beat every 100 ms. The loop never got a turn.",
        zh=f"给记录打分期间，心跳只打印了 {len(times) - 1} 次，最长停顿 {ctx.ms(longest)}；它应当每 100 ms 跳一次。事件循环始终没有得到运行的机会。",
    )


@check("score_all lets timers run")
async def lets_timers_run(ctx):
    score_all = ctx.function("score_all")
    ticks = [time.perf_counter()]

    async def tick():
        while True:
            await asyncio.sleep(0.02)
            ticks.append(time.perf_counter())

    ticker = asyncio.create_task(tick())
    await asyncio.sleep(0)  # the ticker's first step: its first timer is set
    try:
        total = await score_all(200)
    finally:
        ticker.cancel()
    ticks.append(time.perf_counter())
    assert total == 900, ctx.say(
        en=f"await score_all(200) gave {total!r}; it should still score every record and give their sum, 900.",
        zh=f"await score_all(200) 返回了 {total!r}；它仍然应当给每条记录打分并返回总和 900。",
    )
    longest = longest_gap(ticks) * 1000
    # 200 records are 0.4 s of work: suspending every 20 ms keeps the gaps near 20–60 ms.
    assert longest < 200, ctx.say(
        en=f"while score_all(200) ran, a timer due every 20 ms had to wait {ctx.ms(longest)}: score_all never suspended, so the loop never reached its timers. Awaiting a coroutine or future that is already finished does not suspend.",
        zh=f"score_all(200) 运行期间，一个每 20 ms 到期的定时器等了 {ctx.ms(longest)}：score_all 从来没有挂起，事件循环也就轮不到定时器。await 一个已经完成的协程或 future 并不会挂起。",
    )
