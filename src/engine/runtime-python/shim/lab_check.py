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
