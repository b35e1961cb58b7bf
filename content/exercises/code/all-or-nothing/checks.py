import asyncio

from lab_check import check


class Services:
    """Stand-ins for fetch_part, as the checks plan them: how long each part takes, which one fails.

    A cancelled part takes 0.1 s to close its connection, as a real one may: a dashboard that raises
    before its cancelled parts have ended leaves them running behind it.
    """

    def __init__(self, plan, fails=()):
        self.plan, self.fails = plan, set(fails)
        self.live, self.finished, self.cancelled = set(), [], []
        self.most = 0  # the most parts in flight at one moment

    async def fetch_part(self, name, seconds):
        self.live.add(name)
        self.most = max(self.most, len(self.live))
        try:
            await asyncio.sleep(seconds)
        except asyncio.CancelledError:
            await asyncio.sleep(0.1)  # closing the connection
            self.cancelled.append(name)
            raise
        finally:
            self.live.discard(name)
        if name in self.fails:
            raise ConnectionError(f"{name}: service down")
        self.finished.append(name)
        return f"part {name}"

    async def load(self, ctx):
        """load_dashboard(plan) with main.py's fetch_part swapped for ours: what it returned or raised, and when."""
        original = ctx.exports.get("fetch_part")
        ctx.exports["fetch_part"] = self.fetch_part
        start = ctx.now()
        try:
            value = await ctx.function("load_dashboard")(dict(self.plan))
            return ctx.plain(value, "load_dashboard(plan)"), None, ctx.now() - start
        except Exception as error:
            return None, error, ctx.now() - start
        finally:
            ctx.exports["fetch_part"] = original


@check("every part arrives, in order")
async def every_part(ctx):
    services = Services({"a": 0.3, "b": 0.1, "c": 0.2})
    result, error, _ = await services.load(ctx)
    expected = {"a": "part a", "b": "part b", "c": "part c"}
    assert error is None, ctx.say(
        en=f"with every service up, load_dashboard raised {error!r}.",
        zh=f"所有服务都正常时，load_dashboard 抛出了 {error!r}。",
    )
    assert result == expected and list(result) == list(expected), ctx.say(
        en=f"load_dashboard({{'a': 0.3, 'b': 0.1, 'c': 0.2}}) returned {result!r}; it should return {expected!r}, in the order of the parts.",
        zh=f"load_dashboard({{'a': 0.3, 'b': 0.1, 'c': 0.2}}) 返回了 {result!r}；应当按各部分的顺序返回 {expected!r}。",
    )


@check("the parts are fetched at once")
async def at_once(ctx):
    services = Services({"a": 0.3, "b": 0.1, "c": 0.2})
    _, _, ms = await services.load(ctx)
    # How many parts were in flight together, not how long they took: a loaded machine makes every
    # sleep late and a right answer slow, but its three parts still run at the same time.
    assert services.most == 3, ctx.say(
        en=f"parts of 0.3, 0.1 and 0.2 s took {ctx.ms(ms)}, with at most {services.most} fetched at the same time; fetched at once, all three are in flight together and take about 300 ms.",
        zh=f"0.3、0.1 和 0.2 秒的三个部分用了 {ctx.ms(ms)}，同一时刻最多只有 {services.most} 个在获取；同时获取时三个部分一起进行，只要约 300 ms。",
    )


@check("a failure raises an ExceptionGroup")
async def raises_group(ctx):
    services = Services({"a": 1.0, "b": 0.1}, fails={"b"})
    result, error, _ = await services.load(ctx)
    assert error is not None, ctx.say(
        en=f"part b failed with ConnectionError, but load_dashboard returned {result!r}; the failure should reach the caller.",
        zh=f"b 部分以 ConnectionError 失败了，load_dashboard 却返回了 {result!r}；失败应当传给调用方。",
    )
    assert isinstance(error, ExceptionGroup) and error.subgroup(ConnectionError) is not None, ctx.say(
        en=f"when part b fails, load_dashboard raises {error!r}; it should raise an ExceptionGroup that holds b's ConnectionError, as TaskGroup does, so that `except* ConnectionError` catches it.",
        zh=f"b 部分失败时，load_dashboard 抛出了 {error!r}；它应当像 TaskGroup 那样抛出一个装着 b 的 ConnectionError 的 ExceptionGroup，让 `except* ConnectionError` 能捕获它。",
    )


@check("the other parts are cancelled")
async def others_cancelled(ctx):
    services = Services({"a": 1.0, "b": 0.1}, fails={"b"})
    _, error, ms = await services.load(ctx)
    live, finished = sorted(services.live), list(services.finished)
    # Whatever is still running is not the next check's business.
    await asyncio.sleep(0.2)
    assert error is not None, ctx.say(
        en="part b failed, but load_dashboard did not raise.",
        zh="b 部分失败了，load_dashboard 却没有抛出异常。",
    )
    assert not live, ctx.say(
        en=f"when load_dashboard raised, part {', '.join(live)} was still running. Cancel the other parts and wait for them to end before the error goes out, as TaskGroup does.",
        zh=f"load_dashboard 抛出异常时，{'、'.join(live)} 部分仍在运行。应当像 TaskGroup 那样，先取消其余部分并等它们结束，再把错误传出去。",
    )
    assert "a" not in finished and ms < 600, ctx.say(
        en=f"part b failed after 0.1 s, but load_dashboard raised only after {ctx.ms(ms)}, once part a (1 s) had finished. A failure should cancel the other parts at once.",
        zh=f"b 部分在 0.1 秒时就失败了，load_dashboard 却等 a 部分（1 秒）完成后，过了 {ctx.ms(ms)} 才抛出异常。一个部分失败，应当立即取消其余部分。",
    )
