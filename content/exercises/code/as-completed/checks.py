import asyncio

from lab_check import check


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def failing(seconds):
    await asyncio.sleep(seconds)
    raise ValueError("job failed")


async def collect(ctx, coros):
    """Runs the learner's generator over `coros`: each value with when it came (ms from the start)."""
    in_completion_order = ctx.function("in_completion_order")
    start = ctx.now()
    return [
        (ctx.plain(value, "a value in_completion_order yielded"), ctx.now() - start)
        async for value in in_completion_order(coros)
    ]


@check("yields in completion order")
async def completion_order(ctx):
    got = [name for name, _ in await collect(ctx, [job("slow", 0.6), job("fast", 0.2), job("medium", 0.4)])]
    assert got == ["fast", "medium", "slow"], ctx.say(
        en=f"in_completion_order(slow 0.6 s, fast 0.2 s, medium 0.4 s) yielded {got}; it should yield in the order they finish: ['fast', 'medium', 'slow'].",
        zh=f"in_completion_order(slow 0.6 秒, fast 0.2 秒, medium 0.4 秒) 产出的是 {got}；应当按完成的顺序产出：['fast', 'medium', 'slow']。",
    )


@check("each value as soon as it is ready")
async def as_soon_as_ready(ctx):
    got = await collect(ctx, [job("slow", 0.9), job("fast", 0.3), job("medium", 0.6)])
    times = ", ".join(f"{name} at {ctx.ms(ms)}" for name, ms in got)
    # Each should come when its job is done (300, 600, 900 ms), not when the slowest is.
    due = {"fast": 300, "medium": 600, "slow": 900}
    late = [name for name, ms in got if ms > due.get(name, 0) + 300]
    assert len(got) == 3 and not late, ctx.say(
        en=f"in_completion_order(slow 0.9 s, fast 0.3 s, medium 0.6 s) yielded {times or 'nothing'}; each value should come as soon as its job is done: fast at about 300 ms, medium 600 ms, slow 900 ms.",
        zh=f"in_completion_order(slow 0.9 秒, fast 0.3 秒, medium 0.6 秒) 的产出是 {times or '（没有产出）'}；每个值都应当在它的任务完成时立刻产出：fast 约在 300 ms，medium 600 ms，slow 900 ms。",
    )


@check("an exception ends the loop")
async def exception_ends(ctx):
    got, error = [], None
    with ctx.time() as watch:
        try:
            got = [name for name, _ in await collect(ctx, [job("slow", 1.0), failing(0.2), job("fast", 0.1)])]
        except ValueError as exception:
            error = exception
    assert error is not None, ctx.say(
        en=f"a job that raises ValueError after 0.2 s was passed in with two others, and the loop went on to yield {got}; the exception should be raised in the loop, as asyncio.as_completed does, so the caller learns of it.",
        zh=f"传入的任务里有一个会在 0.2 秒后抛出 ValueError，循环却继续产出了 {got}；这个异常应当在循环里抛出，就像 asyncio.as_completed 那样，让调用方知道。",
    )
    # Due at 200 ms; the slow job, which a wrong answer waits for, ends at 1 000 ms.
    assert watch.ms < 700, ctx.say(
        en=f"the ValueError of a job that fails after 0.2 s reached the loop only after {ctx.ms(watch.ms)}; it should come as soon as the job fails.",
        zh=f"一个在 0.2 秒后失败的任务，它的 ValueError 过了 {ctx.ms(watch.ms)} 才到达循环；它应当在任务失败时立刻到达。",
    )
