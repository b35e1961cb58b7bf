from lab_check import check


@check("names in the order of ids")
async def names_in_order(ctx):
    load_profiles = ctx.function("load_profiles")
    names = await load_profiles([3, 1, 2])
    expected = ["user 3", "user 1", "user 2"]
    assert list(names) == expected, ctx.say(
        en=f"load_profiles([3, 1, 2]) returned {names!r}; it should list the names in the order of the ids, not in the order they arrived: {expected!r}.",
        zh=f"load_profiles([3, 1, 2]) 返回了 {names!r}；名字应当按 id 的顺序排列，而不是按到达的顺序：{expected!r}。",
    )


@check("profiles load concurrently")
async def concurrently(ctx):
    load_profiles = ctx.function("load_profiles")
    # 0.4 + 0.2 + 0.6 s: about 600 ms at once, 1 200 ms one after the other.
    with ctx.time() as watch:
        await load_profiles([2, 1, 3])
    assert watch.ms < 900, ctx.say(
        en=f"load_profiles([2, 1, 3]) took {ctx.ms(watch.ms)}; loaded concurrently it takes as long as the slowest profile, about 600 ms.",
        zh=f"load_profiles([2, 1, 3]) 用了 {ctx.ms(watch.ms)}；并发加载时，总耗时等于最慢的那份资料，约 600 ms。",
    )
