import asyncio
import threading
import time

from lab_check import check


class Recorder:
    """Stands in for main.py's fetch_report (same answers), with waits of 0.2 to 0.4 s so that reports
    finish out of order, and counts how many downloads run at once and on which thread."""

    def __init__(self):
        self.calls = 0
        self.on_caller_thread = 0
        self.running = 0
        self.most = 0
        self.caller = None
        self._lock = threading.Lock()

    def fetch_report(self, n):
        with self._lock:
            self.calls += 1
            self.on_caller_thread += threading.current_thread() is self.caller
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            time.sleep(0.2 + 0.1 * (n % 3))
            return f"report {n}"
        finally:
            with self._lock:
                self.running -= 1


async def fetch_all_recorded(ctx, numbers):
    """Calls fetch_all(numbers) with fetch_report swapped for a Recorder's; returns both, and the time.

    fetch_all is synchronous and blocks its caller until the reports are in, so it is called as
    synchronous code is from asyncio: in a thread of its own (which the Recorder tells apart from
    the threads fetch_all starts)."""
    fetch_all = ctx.function("fetch_all")
    recorder = Recorder()

    def call():
        recorder.caller = threading.current_thread()
        return fetch_all(numbers)

    original = ctx.exports.get("fetch_report")
    ctx.exports["fetch_report"] = recorder.fetch_report
    try:
        with ctx.time() as watch:
            reports = await asyncio.to_thread(call)
        return reports, recorder, watch.ms
    finally:
        ctx.exports["fetch_report"] = original


@check("the reports come back in order")
async def in_order(ctx):
    numbers = [5, 3, 8, 1, 7, 2, 6, 4]
    reports, _, _ = await fetch_all_recorded(ctx, numbers)
    expected = [f"report {n}" for n in numbers]
    assert isinstance(reports, list) and reports == expected, ctx.say(
        en=f"fetch_all({numbers}) gave {reports!r}; it should give all 8 reports in the order of the numbers, {expected!r}, whichever finishes first.",
        zh=f"fetch_all({numbers}) 得到的是 {reports!r}；应当按编号的顺序给出全部 8 份报表，即 {expected!r}，不管哪一份先下载完。",
    )


@check("four downloads at a time")
async def four_at_a_time(ctx):
    reports, recorder, ms = await fetch_all_recorded(ctx, list(range(1, 9)))
    # Counted, not timed: how many downloads were waiting for the server at the same moment.
    assert recorder.most == 4 and recorder.on_caller_thread == 0, ctx.say(
        en=f"fetch_all of 8 reports ran at most {recorder.most} download(s) at a time, {recorder.on_caller_thread} of them in the thread that called it, and took {ctx.ms(ms)}. Four threads should each wait for a download, so that four waits overlap: no fewer, and no more than the server allows.",
        zh=f"fetch_all 下载 8 份报表时，同一时刻最多只运行了 {recorder.most} 个下载，其中 {recorder.on_caller_thread} 个在调用它的线程里，共用了 {ctx.ms(ms)}。应当由四个线程各等一个下载，让四次等待重叠：不少于四个，也不超过服务器允许的数目。",
    )
