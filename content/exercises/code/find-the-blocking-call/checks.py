import re

from lab_check import check

BEAT = re.compile(r"^beat \d+ at \d+ ms$")
REPORT = "report: Ada: 3 orders, 50.00 EUR"
# The blocking library call waits 0.8 s; the other calls, moved to a thread by mistake, take 0.3 s at most.
LONG_MS = 700


def _threads(ctx):
    """The calls the run handed to a thread pool (to_thread and run_in_executor draw a worker bar
    labelled "to_thread(…)" for each), as (label, ms), the longest first. asyncio.run's own thread that
    shuts the pool down is drawn as a worker too, under its thread's name: it is not counted."""
    spans = [s for s in ctx.spans if s.kind == "worker" and s.label.startswith("to_thread(") and s.start <= ctx.elapsed_ms]
    found = [(s.label, (s.end if s.end is not None else ctx.elapsed_ms) - s.start) for s in spans]
    return sorted(found, key=lambda item: -item[1])


@check("the heartbeat keeps ticking")
def keeps_ticking(ctx):
    beats = [line.time for line in ctx.logs if line.kind == "log" and BEAT.match(line.text)]
    gaps = [later - earlier for earlier, later in zip(beats, beats[1:])]
    longest = max(gaps, default=0)
    # Building the report takes about 1.3 s: a free loop beats 13 times, 100 ms apart. One call blocks
    # for 800 ms; left on the loop it makes a gap of that size.
    assert len(beats) >= 5 and longest < 500, ctx.say(
        en=f"the heartbeat printed {len(beats)} beat(s), the longest silence {ctx.ms(longest)}; it should beat every 100 ms. One of the library's calls blocks the event loop's thread: find it on the timeline (a blocked bar) or with asyncio.run(main(), debug=True).",
        zh=f"心跳只打印了 {len(beats)} 次，最长停顿 {ctx.ms(longest)}；它应当每 100 ms 跳一次。库里有一个调用阻塞了事件循环的线程：在时间线上（阻塞带）或者用 asyncio.run(main(), debug=True) 找出它。",
    )


@check("the report is right")
def report_is_right(ctx):
    lines = [line.text for line in ctx.logs if line.kind == "log" and line.text.startswith("report:")]
    assert lines == [REPORT], ctx.say(
        en=f"the program should print {REPORT!r} once; it printed {lines!r}.",
        zh=f"程序应当打印一次 {REPORT!r}；实际打印的是 {lines!r}。",
    )


@check("the blocking call runs in a thread, once")
def blocking_in_thread(ctx):
    long = [label for label, ms in _threads(ctx) if ms >= LONG_MS]
    assert len(long) == 1, ctx.say(
        en=f"the call that blocks for 800 ms should run in a thread exactly once; the timeline shows {len(long)} thread(s) busy that long. Hand that one function (not its result) to asyncio.to_thread.",
        zh=f"阻塞 800 ms 的那个调用应当恰好在线程里运行一次；时间线上忙了这么久的线程有 {len(long)} 个。把这个函数本身（不是它的结果）交给 asyncio.to_thread。",
    )


@check("the other calls stay on the loop")
def others_on_the_loop(ctx):
    short = [label for label, ms in _threads(ctx) if ms < LONG_MS]
    assert not short, ctx.say(
        en=f"{len(short)} call(s) that do not block ran in threads too ({', '.join(short)}). Move only the blocking call: a thread for a quick call costs more than it saves.",
        zh=f"还有 {len(short)} 个不阻塞的调用也放进了线程（{', '.join(short)}）。只移走那个阻塞的调用：为一个很快的调用开线程，得不偿失。",
    )
    # fetch_user and fetch_orders wait with asyncio.sleep: on the loop, each draws its timer.
    waits = {round(s.seconds, 3) for s in ctx.sleeps if s.kind == "asyncio"}
    assert {0.2, 0.3} <= waits, ctx.say(
        en="fetch_user and fetch_orders should still be awaited on the event loop (their asyncio.sleep(0.2) and asyncio.sleep(0.3) are missing from the timeline).",
        zh="fetch_user 和 fetch_orders 仍然应当在事件循环上被 await（时间线上缺少它们的 asyncio.sleep(0.2) 和 asyncio.sleep(0.3)）。",
    )
