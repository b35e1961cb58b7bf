"""Installs the shim once per interpreter, and runs the learner's program as CPython runs main.py."""

import builtins
import linecache
import os
import sys
import types

import _lab_js as js


def install():
    """Called while the spare interpreter boots, before any run: the costly imports happen here."""
    import _thread

    import lab_thread

    lab_thread._real = _thread
    sys.modules["_thread"] = lab_thread
    # The C SimpleQueue blocks the real thread; without _queue, queue.py uses its Python one.
    sys.modules["_queue"] = None
    # Pyodide imported asyncio (and with it threading and concurrent.futures) while it booted, on
    # the real _thread. Everything built on it is imported again, now on the green one. _asyncio
    # too: the C Future and Task keep the exception classes of the asyncio they were first imported
    # with, and a CancelledError of the old asyncio escapes `except asyncio.CancelledError`.
    stale = ("threading", "queue", "concurrent", "asyncio", "_asyncio", "pyodide.webloop")
    for name in [n for n in sys.modules if n.startswith(stale)]:
        del sys.modules[name]
    import asyncio
    import concurrent.futures.thread  # noqa: F401  (imported now, so a run does not pay for it)
    import queue  # noqa: F401
    import threading

    import pyodide.webloop

    pyodide.webloop._initialize_event_loop()

    import lab_gate
    import lab_loop
    import lab_traceback
    import time

    lab_loop.install()
    time.sleep = lab_gate.sleep
    threading.excepthook = lab_traceback.excepthook
    os.cpu_count = lambda: int(js.cores())
    sys.meta_path.insert(0, _Unfaithful())


class _Unfaithful:
    """Says on the console, once, where an imported module cannot behave as in CPython."""

    told = set()
    NOTES = {
        "multiprocessing": (
            "multiprocessing cannot run here: the browser sandbox has a single Python process and "
            "cannot fork or spawn another. In CPython it runs CPU-bound work in parallel processes; "
            "use threads or asyncio in this sandbox."
        ),
    }

    def find_spec(self, name, path=None, target=None):
        root = name.partition(".")[0]
        if root in self.NOTES and root not in self.told:
            self.told.add(root)
            js.notice(self.NOTES[root])
        return None


def run_main(source):
    """Runs `source` as main.py; returns True when it ended with an uncaught exception."""
    import lab_traceback
    import threading

    failed = False
    main = types.ModuleType("__main__")
    main.__file__ = "main.py"
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    linecache.cache["main.py"] = (len(source), None, source.splitlines(True), "main.py")
    try:
        code = compile(source, "main.py", "exec", dont_inherit=True)
        exec(code, main.__dict__)
    except SystemExit as exit:
        failed = exit.code not in (None, 0)
        if failed and not isinstance(exit.code, int):
            js.stderr(str(exit.code))
    except BaseException as exception:
        failed = True
        js.error(lab_traceback.format(exception).rstrip("\n"))
    finally:
        try:
            threading._shutdown()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
    return failed
