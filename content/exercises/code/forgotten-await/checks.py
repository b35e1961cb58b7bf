import asyncio

from lab_check import check


class _Timed(list):
    """A `db` that notes when each note is appended (ms on the run's clock)."""

    def __init__(self, clock):
        super().__init__()
        self.clock = clock
        self.times = []

    def append(self, item):
        self.times.append(self.clock())
        super().append(item)


async def watch_saves(ctx, notes):
    """Calls save_notes(notes) with an empty, timed `db`: when each note was stored (ms from the
    call), when save_notes returned, with what, and what `db` held at that moment."""
    save_notes = ctx.function("save_notes")
    assert isinstance(ctx.exports.get("db"), list), ctx.say(
        en="main.py must keep its notes in the list `db`.", zh="main.py 必须把笔记存在列表 `db` 里。"
    )
    db = _Timed(ctx.now)
    # save() looks `db` up in main.py's globals when it runs, so it appends to this one.
    ctx.exports["db"] = db
    start = ctx.now()
    message = ctx.plain(await save_notes(notes), f"save_notes({notes!r})")
    returned_at = ctx.now() - start
    held = ctx.plain(list(db), "db")
    # Saves that save_notes did not wait for may still be on their way.
    while len(db.times) < len(notes) and ctx.now() - start < 2000:
        await asyncio.sleep(0.01)
    return [t - start for t in db.times], returned_at, message, held


@check("save_notes waits for every save")
async def waits(ctx):
    stored, returned_at, message, held = await watch_saves(ctx, ["first", "second"])
    assert held == ["first", "second"], ctx.say(
        en=f"when save_notes(['first', 'second']) returned, the database held {held}; it should already hold both notes. Is an `await` missing in front of a coroutine?",
        zh=f"save_notes(['first', 'second']) 返回时，数据库里是 {held}；此时两条笔记都应当已经存进去了。是不是有个协程前面漏了 `await`？",
    )
    assert message == "saved 2 notes", ctx.say(
        en=f"save_notes(['first', 'second']) returned {message!r}; it should report 'saved 2 notes'.",
        zh=f"save_notes(['first', 'second']) 返回了 {message!r}；应当返回 'saved 2 notes'。",
    )
    late = returned_at - stored[-1]
    # A right answer returns right after the last save; guessing how long the saves take (a sleep) returns long after.
    assert late < 400, ctx.say(
        en=f"save_notes(['first', 'second']) returned {ctx.ms(late)} after the last note was saved; it should return as soon as the last save is done, by awaiting the saves rather than guessing how long they take.",
        zh=f"save_notes(['first', 'second']) 在最后一条笔记存好 {ctx.ms(late)} 之后才返回；它应当在最后一次保存完成时就返回：要 await 这些保存，而不是猜它们要花多久。",
    )


@check("saves one after the other")
async def one_by_one(ctx):
    stored, *_ = await watch_saves(ctx, ["first", "second", "third"])
    times = ", ".join(ctx.ms(t) for t in stored)
    # One after the other, each 0.2 s save starts when the one before has finished; at once, they all land together.
    apart = all(later - earlier >= 150 for earlier, later in zip(stored, stored[1:]))
    assert len(stored) == 3 and apart, ctx.say(
        en=f"save_notes(['first', 'second', 'third']) stored the notes after {times or 'nothing'}; saved one after the other, each 200 ms save waits for the one before, so they come about 200 ms apart.",
        zh=f"save_notes(['first', 'second', 'third']) 存入笔记的时刻是 {times or '（没有存入）'}；一条接一条地保存时，每次 200 ms 的保存都要等上一次完成，所以前后约相隔 200 ms。",
    )


@check('reports "saved 3 notes"')
def report(ctx):
    lines = [line.text for line in ctx.logs if line.kind == "log"]
    found = next((text for text in lines if text.startswith("saved ") and text.endswith(" notes")), None)
    assert found is not None, ctx.say(
        en="the code at the bottom of main.py should print what save_notes returned, e.g. 'saved 3 notes'.",
        zh="main.py 末尾的代码应当打印 save_notes 的返回值，例如 'saved 3 notes'。",
    )
    assert found == "saved 3 notes", ctx.say(
        en=f"main.py printed {found!r}: the count was read before the three saves had finished.",
        zh=f"main.py 打印了 {found!r}：计数是在三次保存完成之前读取的。",
    )
