import asyncio

from lab_check import check


def partial_files_of(ctx):
    files = ctx.exports.get("partial_files")
    assert isinstance(files, dict), ctx.say(
        en="main.py must keep the dictionary `partial_files`.", zh="main.py 必须保留字典 `partial_files`。"
    )
    return files


async def flaky_chunk(name, index):
    """A fetch_chunk whose second chunk is lost, as on a bad network."""
    await asyncio.sleep(0.1)
    if index == 1:
        raise ConnectionError(f"{name}: connection reset")


async def with_flaky_network(ctx, work):
    """Runs `work` with main.py's fetch_chunk swapped for flaky_chunk, and puts it back."""
    original = ctx.exports.get("fetch_chunk")
    ctx.exports["fetch_chunk"] = flaky_chunk
    try:
        return await work
    finally:
        ctx.exports["fetch_chunk"] = original


async def settle(task):
    """Waits for `task` to end, and reads its exception so that none goes unretrieved."""
    await asyncio.wait([task])
    if not task.cancelled():
        task.exception()


async def cancelled_after(ctx, name, seconds, delay):
    """Starts download(name, seconds), cancels it after `delay` s, and gives it 0.6 s to end."""
    task = asyncio.create_task(ctx.function("download")(name, seconds))
    await asyncio.sleep(delay)
    task.cancel()
    await asyncio.wait([task], timeout=0.6)
    return task


def outcome(ctx, task):
    """What a finished task did, for a message: "returned None", "raised ValueError(...)"."""
    if task.cancelled():
        return ctx.say(en="was cancelled", zh="被取消了")
    if task.exception() is not None:
        return ctx.say(en=f"raised {task.exception()!r}", zh=f"抛出了 {task.exception()!r}")
    return ctx.say(en=f"returned {task.result()!r}", zh=f"返回了 {task.result()!r}")


@check("a download in time returns its size")
async def in_time(ctx):
    size = ctx.plain(await ctx.function("download")("a.txt", 0.3), 'download("a.txt", 0.3)')
    assert size == 3, ctx.say(
        en=f'download("a.txt", 0.3) returned {size!r}; three chunks of 0.1 s arrived, so it should return 3.',
        zh=f'download("a.txt", 0.3) 返回了 {size!r}；三个 0.1 秒的块都到了，应当返回 3。',
    )


@check("a network error returns None")
async def network_error(ctx):
    download = ctx.function("download")
    task = asyncio.create_task(with_flaky_network(ctx, download("b.txt", 0.5)))
    await settle(task)
    assert not task.cancelled() and task.exception() is None and task.result() is None, ctx.say(
        en=f'with fetch_chunk raising ConnectionError on the second chunk, download("b.txt", 0.5) {outcome(ctx, task)}; a network error should print a line and return None.',
        zh=f'fetch_chunk 在第二个块抛出 ConnectionError 时，download("b.txt", 0.5) {outcome(ctx, task)}；网络错误应当打印一行并返回 None。',
    )


@check("cancelling stops the download")
async def cancelling(ctx):
    task = await cancelled_after(ctx, "c.bin", 1.5, 0.25)
    assert task.done(), ctx.say(
        en='download("c.bin", 1.5) was still running 600 ms after task.cancel(): it caught the CancelledError and carried on.',
        zh='task.cancel() 之后过了 600 毫秒，download("c.bin", 1.5) 仍在运行：它捕获了 CancelledError 并继续下载。',
    )
    assert task.cancelled(), ctx.say(
        en=f'after task.cancel(), download("c.bin", 1.5) {outcome(ctx, task)}; it should let the CancelledError go on, so that the task ends cancelled and whoever cancelled it knows it stopped.',
        zh=f'task.cancel() 之后，download("c.bin", 1.5) {outcome(ctx, task)}；它应当让 CancelledError 继续传播，任务以“已取消”结束，取消它的一方才知道它停下了。',
    )


@check("no partial file is left behind")
async def no_partial_files(ctx):
    files = partial_files_of(ctx)
    download = ctx.function("download")
    # One after another: the flaky network of the second must not reach the first.
    await settle(asyncio.create_task(download("d-done.txt", 0.2)))
    await settle(asyncio.create_task(with_flaky_network(ctx, download("d-failed.txt", 0.5))))
    cancelled = await cancelled_after(ctx, "d-cancelled.txt", 1.2, 0.15)
    endings = {"d-done.txt": "done", "d-failed.txt": "after a network error", "d-cancelled.txt": "cancelled"}
    left = [f"{name} ({how})" for name, how in endings.items() if name in files]
    if not cancelled.done():
        cancelled.cancel()
    assert not left, ctx.say(
        en=f"partial_files still holds {', '.join(left)}. A download must remove its entry however it ends: done, failed or cancelled.",
        zh=f"partial_files 里还留着 {', '.join(left)}。无论下载怎样结束（完成、失败还是被取消），都必须删除它的条目。",
    )


@check("asyncio.timeout stops it on time")
async def timeout_works(ctx):
    download = ctx.function("download")
    start = ctx.now()
    result = None
    try:
        async with asyncio.timeout(0.35):
            result = await download("e.iso", 1.5)
    except TimeoutError:
        ms = ctx.now() - start
        assert ms < 900, ctx.say(
            en=f'asyncio.timeout(0.35) around download("e.iso", 1.5) raised TimeoutError only after {ctx.ms(ms)}; it should stop it after about 350 ms.',
            zh=f'用 asyncio.timeout(0.35) 包住 download("e.iso", 1.5)，过了 {ctx.ms(ms)} 才抛出 TimeoutError；应当在约 350 ms 时叫停它。',
        )
        return
    ms = ctx.now() - start
    raise AssertionError(
        ctx.say(
            en=f'asyncio.timeout(0.35) around download("e.iso", 1.5) raised no TimeoutError: download returned {result!r} after {ctx.ms(ms)}. The timeout cancels the task; if download swallows the CancelledError, the timeout has nothing to turn into TimeoutError.',
            zh=f'用 asyncio.timeout(0.35) 包住 download("e.iso", 1.5)，却没有抛出 TimeoutError：download 在 {ctx.ms(ms)} 后返回了 {result!r}。超时靠取消任务来生效；download 吞掉 CancelledError，超时就没有东西可以换成 TimeoutError。',
        )
    )
