"""Exercise checks written in Python: what checks.py imports, and how the run calls each check.

checks.py is loaded before the learner's main.py (its checks register, and the page learns their
names); once main.py and everything it started have finished, the sandbox's check harness
(src/engine/runtime/check-harness.ts) calls `run` for each check in turn, in this same interpreter,
so a check sees the learner's globals and calls the learner's functions. Results go back through
the harness, as TypeScript checks' do: the page cannot tell the two apart.

    from lab_check import check

    @check("names in the order of ids")
    async def _(ctx):
        load_profiles = ctx.function("load_profiles")
        with ctx.time() as watch:
            names = await load_profiles([3, 1, 2])
        assert names == ["user 3", "user 1", "user 2"], ctx.say(en=f"got {names}", zh=f"得到 {names}")
        assert watch.ms < 900, ctx.say(en=f"took {ctx.ms(watch.ms)}", zh=f"用了 {ctx.ms(watch.ms)}")
"""

import asyncio
import inspect
import json
import linecache
import re
import sys
import types
from collections import namedtuple

import _lab_js as js
import lab_snapshot
import lab_traceback

_checks = []

Line = namedtuple("Line", "time kind text")
Span = namedtuple("Span", "kind label start end")
Request = namedtuple("Request", "method url simulated start end")
Sleep = namedtuple("Sleep", "kind seconds start end")

# Timeline labels of the shim's sleeps (lab_loop._label, lab_gate.sleep): "asyncio.sleep(0.5)".
_SLEEP_LABEL = re.compile(r"^(asyncio|time)\.sleep\(([^)]*)\)$")


def check(label):
    """Registers the decorated function (sync or async, taking a ctx) as the check named `label`."""
    if not isinstance(label, str) or not label:
        raise TypeError("check(label) needs the check's name, as a string")

    def register(fn):
        if not callable(fn):
            raise TypeError(f"@check({label!r}) must decorate a function")
        _checks.append((label, fn))
        return fn

    return register


def _context_class(clock, restore):
    """Context and its stopwatch, bound to the run's clock and to `restore` as taken before main.py
    ran (closures, not module globals, which the learner's program can rebind)."""

    class Stopwatch:
        """`with ctx.time() as watch:` … `watch.ms`: milliseconds on the run's clock (the timeline's)."""

        def __init__(self):
            self.ms = None

        def __enter__(self):
            restore()
            self._start = clock()
            return self

        def __exit__(self, *exc):
            restore()
            self.ms = clock() - self._start
            return False

    class Context:
        """What a check receives: the learner's globals, timing, and what the run recorded."""

        def __init__(self, data):
            self.locale = data["locale"]
            self.elapsed_ms = data["elapsedMs"]
            # The learner's module, as CPython would run it: main.py's globals.
            self.exports = vars(sys.modules["__main__"])
            self.logs = [Line(x["time"], x["kind"], x["text"]) for x in data["logs"]]
            self.spans = [Span(x["kind"], x["label"], x["start"], x["end"]) for x in data["spans"]]
            self.requests = [
                Request(x["method"], x["url"], x["simulated"], x["start"], x["end"]) for x in data["requests"]
            ]
            self.sleeps = [sleep for sleep in map(_sleep, self.spans) if sleep is not None]

        def say(self, *, en, zh):
            """The message in the page's language: `assert ok, ctx.say(en="…", zh="…")`."""
            return zh if self.locale == "zh-cn" else en

        @staticmethod
        def ms(value):
            """A duration as the console writes it, "1 002 ms" (src/engine/format-ms.ts)."""
            rounded = round(value)
            return f"{rounded:,} ms".replace(",", " ")

        @staticmethod
        def now():
            """Milliseconds since the learner's program started."""
            restore()
            return clock()

        @staticmethod
        def time():
            return Stopwatch()

        def plain(self, value, what="the value"):
            """`value` as plain data: a copy made only of None, bool, int, float, str, bytes, list,
            tuple, dict and set, or a failure, in the page's language, naming the type that is not.
            Compare what the learner's code returns through it: `ctx.plain(names) == expected`.
            main.py's own class can define `__eq__`, `__len__` or `__iter__` to say yes to any
            comparison, and Python asks it first, whichever side of `==` it is on."""
            try:
                return _plain(value, 0)
            except _NotPlain as refused:
                en, zh = refused.args[0]
                zh = f" {zh}" if zh[:1].isascii() else zh  # a space between Chinese and Latin text
                assert False, self.say(
                    en=f"{what} is {en}, not plain data: return lists, tuples, dicts, strings and numbers. A value of your own class can define how it compares, so a check cannot trust it.",
                    zh=f"{what} 是{zh}，不是普通数据：请返回列表、元组、字典、字符串和数字。自定义类的值可以自己决定比较的结果，检查无法信任它。",
                )

        def function(self, name):
            """The learner's function `name`, wrapped so that whatever it patches while a check calls
            it is put back before the check reads a result; fails the check, in the page's language,
            if there is none."""
            value = self.exports.get(name)
            assert callable(value), self.say(
                en=f"main.py must define the function `{name}`.", zh=f"main.py 必须定义函数 `{name}`。"
            )
            return lab_snapshot.guarded(value, restore)

    return Context


def most_at_once(spans):
    """The most spans (anything with .start and .end, in ms; an end of None is still open) open at
    one moment: how many threads, requests or sleeps ran at once. An end at the very moment another
    starts does not overlap it."""
    edges = sorted([(s.start, 1) for s in spans] + [(float("inf") if s.end is None else s.end, -1) for s in spans])
    most = open_now = 0
    for _, step in edges:
        open_now += step
        most = max(most, open_now)
    return most


class _NotPlain(Exception):
    pass


_PLAIN_LEAVES = (type(None), bool, int, float, complex, str, bytes)
_PLAIN_DEPTH = 100


def _plain(value, depth):
    """A copy of `value` in exact builtin types. A subclass (a namedtuple, a defaultdict, main.py's
    own list or str) is read through its base type's own methods, which its overrides cannot reach:
    `dict.items(d)` reads the stored items whatever `d.items` or `d.__eq__` say. `type(value)`, not
    `isinstance`, which a `__class__` property can fool."""
    kind = type(value)
    if kind in _PLAIN_LEAVES:
        return value
    if depth >= _PLAIN_DEPTH:
        raise _NotPlain((f"nested more than {_PLAIN_DEPTH} deep", f"嵌套超过 {_PLAIN_DEPTH} 层的数据"))
    if issubclass(kind, int):  # bool cannot be subclassed: it is a leaf above
        return int.__index__(value)
    if issubclass(kind, float):
        return float.__float__(value)
    if issubclass(kind, str):
        return str.__str__(value)
    if issubclass(kind, (list, tuple)):
        base = list if issubclass(kind, list) else tuple
        items = [_plain(item, depth + 1) for item in base.__iter__(value)]
        return items if base is list else tuple(items)
    if issubclass(kind, dict):
        return {_plain(key, depth + 1): _plain(item, depth + 1) for key, item in dict.items(value)}
    if issubclass(kind, (set, frozenset)):
        base = set if issubclass(kind, set) else frozenset
        return base(_plain(item, depth + 1) for item in base.__iter__(value))
    raise _NotPlain(_kind(kind))


def _kind(kind):
    """A type as a learner would name it, in both languages: ("a Liar (a class defined in main.py)",
    "main.py 里定义的类 Liar 的值")."""
    name = str(type.__getattribute__(kind, "__qualname__"))[:60]
    module = type.__getattribute__(kind, "__module__")
    if module == "__main__":
        return (f"{_article(name)} {name} (a class defined in main.py)", f"main.py 里定义的类 {name} 的值")
    full = name if module == "builtins" else f"{module}.{name}"
    return (f"{_article(full)} {full}", f"{full} 类型的值")


def _article(word):
    return "an" if word[:1].lower() in "aeiou" else "a"


def _sleep(span):
    match = _SLEEP_LABEL.match(span.label)
    if span.kind not in ("timer", "blocked") or match is None:
        return None
    try:
        seconds = float(match[2])
    except ValueError:
        return None
    return Sleep(match[1], seconds, span.start, span.end)


def load(source):
    """Runs checks.py; returns the names of its checks, as JSON, in the order they registered.

    Called before main.py runs, so what it takes now is the real thing: the run's clock, and the
    interpreter's built-ins and modules (lab_snapshot), put back before each check and after each
    call into the learner's code. `run` and `run_async` are made here, around all three."""
    global run, run_async
    _checks.clear()
    module = types.ModuleType("checks")
    module.__file__ = "checks.py"
    linecache.cache["checks.py"] = (len(source), None, source.splitlines(True), "checks.py")
    exec(compile(source, "checks.py", "exec", dont_inherit=True), module.__dict__)
    checks = tuple(_checks)
    # Bound before the snapshot, so that putting it back leaves them (the page reads them once, now).
    run = run_async = None
    restore = lab_snapshot.take()
    run, run_async = _runners(checks, restore, _context_class(js.clock, restore))
    return json.dumps([label for label, _ in checks])


def _failure(exception):
    """A failed check's message: the assertion's own words, else the traceback (the learner's lines)."""
    if isinstance(exception, AssertionError) and exception.args:
        return str(exception.args[0])
    return lab_traceback.format(exception).rstrip("\n")


def _reopen():
    """main.py ended as CPython ends a program: threading._shutdown() ran, and since then no thread
    pool takes work ("cannot schedule new futures after interpreter shutdown"). The checks still call
    the learner's code, to_thread included, in an interpreter thrown away after them: what that
    shutdown closed is opened again."""
    import concurrent.futures.thread
    import threading

    threading._SHUTTING_DOWN = False
    concurrent.futures.thread._shutdown = False


def _runners(checks, restore, context):
    """`run` and `run_async` for these checks. Each puts back what the program patched, then runs the
    check, and passes it only if the check itself ran to its end: a program that replaced
    asyncio.run, or the loop under it, with something that skips the check's coroutine fails it."""

    def start(index, data):
        restore()
        _reopen()
        label, fn = checks[index]
        finished = []

        async def to_the_end(awaitable):
            value = await awaitable
            finished.append(True)
            return value

        ctx = context(json.loads(data))
        result = fn(ctx)
        if inspect.isawaitable(result):
            return to_the_end(result), finished, ctx.locale
        finished.append(True)
        return None, finished, ctx.locale

    def verdict(finished, locale):
        restore()
        if not finished:
            return _SKIPPED["zh-cn" if locale == "zh-cn" else "en"]
        return None

    def run(index, data):
        """Runs check `index` (a coroutine one to completion, as asyncio.run does); None when it passed."""
        try:
            pending, finished, locale = start(index, data)
            if pending is not None:
                asyncio.run(pending)
            return verdict(finished, locale)
        except BaseException as exception:  # SystemExit in a check fails the check, as in a test runner
            restore()
            return _failure(exception)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()

    async def run_async(index, data):
        """`run` for browsers without JSPI, where asyncio.run cannot wait: the page awaits this instead."""
        try:
            pending, finished, locale = start(index, data)
            if pending is not None:
                await pending
            return verdict(finished, locale)
        except BaseException as exception:
            restore()
            return _failure(exception)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()

    return run, run_async


_SKIPPED = {
    "en": "the check did not run to its end: the program changed how Python runs coroutines (asyncio.run or its event loop), so no check can trust it.",
    "zh-cn": "这项检查没有运行到最后：程序改动了 Python 运行协程的方式（asyncio.run 或它的事件循环），检查无法信任它。",
}
