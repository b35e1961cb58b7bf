"""Tracebacks as CPython prints them for a script named main.py, without the sandbox's own frames."""

import traceback

# Frames of the shim and of Pyodide's plumbing: the learner never wrote them and CPython has none.
_HIDDEN = ("/lab_", "/_pyodide/", "/pyodide/", "<exec>")


def _visible(frame):
    return not any(part in frame.filename for part in _HIDDEN)


def _prune(te, seen):
    if te is None or id(te) in seen:
        return
    seen.add(id(te))
    te.stack = traceback.StackSummary.from_list([f for f in te.stack if _visible(f)])
    _prune(te.__cause__, seen)
    _prune(te.__context__, seen)
    for inner in te.exceptions or ():
        _prune(inner, seen)


def format(exception):
    te = traceback.TracebackException.from_exception(exception)
    _prune(te, set())
    return "".join(te.format())


def excepthook(args):
    """threading.excepthook, in CPython's words, without shim frames."""
    import _lab_js as js

    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    js.stderr(f"Exception in thread {name}:\n" + format(args.exc_value).rstrip("\n"))
