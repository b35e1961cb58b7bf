"""Blocking, as CPython blocks: the green-thread clock, the event-loop gate and time.sleep.

Pyodide runs every Python callback on one JavaScript thread. A blocking call (requests.get,
Thread.join, Lock.acquire, time.sleep while other threads exist) suspends its own stack with JSPI,
and the JavaScript event loop goes on: the simulated network answers, other green threads run.
What must NOT go on is the asyncio loop of the main thread, which CPython cannot run while that
thread is blocked. So while the main thread waits, the loop's callbacks are held at the gate and
released, in order, when it returns. Callbacks that the waiting itself needs go through: those
scheduled in a context marked with PASS, and Pyodide's FutureDoneCallback, which hands a settled
future to the JavaScript promise a suspended stack (run_sync) waits on.
"""

import contextvars

import _lab_js as js
from pyodide.ffi import can_run_sync, run_sync

MAIN = 1
JSPI = bool(js.jspi())
PASS = contextvars.ContextVar("lab_pass", default=False)

# The green thread whose stack runs now. Every stack that resumes sets it back to its own.
current = MAIN
# Green threads started and not yet finished (idents), to know whether time.sleep may block the worker.
live_threads = set()
_main_blocked = 0
_held = []


def main_blocked():
    return _main_blocked > 0


def hold(dispatch):
    """Keeps a loop callback until the main thread stops blocking."""
    _held.append(dispatch)


def passes(handle):
    if type(handle._callback).__name__ == "FutureDoneCallback":
        return True
    context = handle._context
    return context is not None and context.get(PASS, False)


def _release():
    held = _held[:]
    _held.clear()
    for dispatch in held:
        js.schedule(dispatch, 0, "")


def can_block():
    """True where a blocking call can suspend this stack (JSPI, and a stack entered to allow it)."""
    return JSPI and can_run_sync()


def wait(promise_factory, label=None):
    """Blocks the current green thread until the JavaScript promise resolves; returns its value.

    If this is the main thread, the asyncio loop is held for as long, and `label` names the bar
    drawn on the timeline for the blocked stretch.
    """
    global current, _main_blocked
    if not can_block():
        raise RuntimeError(
            "This call blocks, and blocking needs JavaScript Promise Integration (JSPI), which this "
            "browser lacks (Chrome and Edge have it from version 137). asyncio works without it."
        )
    me = current
    is_main = me == MAIN
    start = js.clock()
    if is_main:
        _main_blocked += 1

    def inner():
        PASS.set(True)
        return run_sync(promise_factory())

    try:
        return contextvars.copy_context().run(inner)
    finally:
        current = me
        if is_main:
            _main_blocked -= 1
            if label:
                js.span_record("blocked", label, start, js.clock())
            if _main_blocked == 0 and _held:
                _release()


def suspend(register, timeout, timer_label="", blocked_label=None):
    """Blocks until `register`'s waiter is woken (True) or `timeout` seconds pass (False).

    `register(waiter)` is called first; `waiter.wake()` ends the wait from another green thread.
    A timeout draws a timer bar labelled `timer_label`; see `wait` for `blocked_label`.
    """
    ms = -1 if timeout is None or timeout < 0 else timeout * 1000
    waiter = js.waiter(ms, timer_label)
    register(waiter)
    return bool(wait(lambda: waiter.promise, blocked_label))


def sleep(secs):
    """time.sleep: blocks this thread only. The worker itself blocks (Atomics.wait, no busy wait)
    when no other green thread could run meanwhile, as in a single-threaded CPython."""
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer or float")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    label = f"time.sleep({secs:g})"
    if current != MAIN or (live_threads and can_block()):
        suspend(lambda waiter: None, secs, label, label if current == MAIN else None)
    else:
        js.block(secs * 1000, label)
