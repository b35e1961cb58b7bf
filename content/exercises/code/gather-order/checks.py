from lab_check import check


@check("names in the order of ids")
async def names_in_order(ctx):
    load_profiles = ctx.function("load_profiles")
    names = ctx.plain(await load_profiles([3, 1, 2]), "load_profiles([3, 1, 2])")
    expected = ["user 3", "user 1", "user 2"]
    assert list(names) == expected, ctx.say(
        en=f"load_profiles([3, 1, 2]) returned {names!r}; it should list the names in the order of the ids, not in the order they arrived: {expected!r}.",
        zh=f"load_profiles([3, 1, 2]) 返回了 {names!r}；名字应当按 id 的顺序排列，而不是按到达的顺序：{expected!r}。",
    )


@check("profiles load concurrently")
async def concurrently(ctx):
    load_profiles = ctx.function("load_profiles")
    # 1.0 + 0.2 + 0.8 s: about 1 000 ms at once, 2 000 ms one after the other (timers on a busy
    # machine come late, so the margin is wide).
    with ctx.time() as watch:
        await load_profiles([5, 1, 4])
    assert watch.ms < 1500, ctx.say(
        en=f"load_profiles([5, 1, 4]) took {ctx.ms(watch.ms)}; loaded concurrently it takes as long as the slowest profile, about 1 000 ms.",
        zh=f"load_profiles([5, 1, 4]) 用了 {ctx.ms(watch.ms)}；并发加载时，总耗时等于最慢的那份资料，约 1000 ms。",
    )
