"""Green threads: the `_thread` module that threading, queue and concurrent.futures are built on.

Each thread runs on its own JSPI-suspendable stack and gives way only when it blocks (sleep, lock,
join, I/O), so CPU-bound threads take turns as under the GIL, but are never pre-empted.
"""

import _thread as _real

import _lab_js as js
import lab_gate as gate
import lab_traceback
from pyodide.ffi import create_once_callable

error = _real.error
TIMEOUT_MAX = _real.TIMEOUT_MAX
_excepthook = _real._excepthook
_ExceptHookArgs = _real._ExceptHookArgs
stack_size = _real.stack_size

_next_ident = gate.MAIN + 1
_handles = {}
_told_about_preemption = False


def get_ident():
    return gate.current


get_native_id = get_ident


def _get_main_thread_ident():
    return gate.MAIN


def _is_main_interpreter():
    return True


def daemon_threads_allowed():
    return True


def _count():
    return len(gate.live_threads)


class lock:
    """A lock whose waiters are served in order; blocking suspends only the waiting green thread."""

    def __init__(self):
        self._locked = False
        self._waiters = []

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            if timeout != -1:
                raise ValueError("can't specify a timeout for a non-blocking call")
            return False
        waiters = self._waiters
        entry = []
        got = gate.suspend(lambda waiter: (entry.append(waiter), waiters.append(waiter)), timeout, "")
        if not got and entry[0] in waiters:
            waiters.remove(entry[0])
        # On wake-up the releasing thread has handed the lock over: it stays locked, now ours.
        return got

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        while self._waiters:
            waiter = self._waiters.pop(0)
            if waiter.wake():
                return
        self._locked = False

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self.__init__()

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked
    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


LockType = lock


def allocate_lock():
    return lock()


class _ThreadHandle:
    def __init__(self):
        self.ident = None
        self._done = False
        self._joiners = []

    def is_done(self):
        return self._done

    def _set_done(self):
        self._done = True
        for waiter in self._joiners:
            waiter.wake()
        self._joiners.clear()

    def join(self, timeout=None):
        if self._done:
            return
        if self.ident == gate.current:
            raise RuntimeError("Cannot join current thread")
        gate.suspend(self._joiners.append, timeout, "", f"join({_names.get(self.ident, 'thread')})")


def _make_thread_handle(ident):
    handle = _ThreadHandle()
    handle.ident = ident
    return handle


_names = {}


def start_joinable_thread(function, handle=None, daemon=True):
    global _next_ident, _told_about_preemption
    if not gate.JSPI:
        js.notice(
            "Threads need JavaScript Promise Integration (JSPI), which this browser lacks (Chrome and "
            "Edge have it from version 137); asyncio and time.sleep work without it."
        )
        raise RuntimeError("can't start new thread")
    if not _told_about_preemption:
        _told_about_preemption = True
        js.notice(
            "Threads in this sandbox take turns only when one waits (sleep, I/O, a lock, join). "
            "CPython also switches a CPU-bound thread every 5 ms; either way only one runs Python "
            "at a time, as under the GIL."
        )
    handle = handle if handle is not None else _ThreadHandle()
    ident = _next_ident
    _next_ident += 1
    handle.ident = ident
    owner = getattr(function, "__self__", None)
    name = getattr(owner, "name", f"Thread-{ident}")
    _names[ident] = name
    pooled = name.startswith(("asyncio_", "ThreadPoolExecutor-"))
    gate.live_threads.add(ident)
    _handles[ident] = (handle, daemon)

    def body():
        gate.current = ident
        span = 0 if pooled else js.span_begin("worker", name)
        try:
            function()
        except SystemExit:
            pass
        except BaseException as exception:  # what threading itself did not handle
            js.stderr(f"Exception in thread {name}:\n" + lab_traceback.format(exception).rstrip("\n"))
        finally:
            if span:
                js.span_end(span)
            gate.live_threads.discard(ident)
            _handles.pop(ident, None)
            handle._set_done()

    js.spawn(create_once_callable(body, _may_syncify=True))
    return handle


def start_new_thread(function, args, kwargs=None):
    return start_joinable_thread(lambda: function(*args, **(kwargs or {}))).ident


def _shutdown():
    for handle, daemon in list(_handles.values()):
        if not daemon:
            handle.join()


def interrupt_main(signum=2):
    raise RuntimeError("interrupt_main is not available in the sandbox")


class _local:
    """threading.local for green threads: one attribute dict per thread, __init__ rerun in each."""

    __slots__ = ("_lab_dicts", "_lab_args", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_lab_args", (args, kwargs))
        object.__setattr__(self, "_lab_dicts", {gate.current: {}})
        return self

    def _lab_dict(self):
        dicts = object.__getattribute__(self, "_lab_dicts")
        found = dicts.get(gate.current)
        if found is None:
            found = dicts[gate.current] = {}
            args, kwargs = object.__getattribute__(self, "_lab_args")
            type(self).__init__(self, *args, **kwargs)
        return found

    def __getattribute__(self, name):
        if name.startswith("_lab_") or name == "__class__":
            return object.__getattribute__(self, name)
        values = _local._lab_dict(self)
        if name == "__dict__":
            return values
        if name in values:
            return values[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(f"{type(self).__name__!r} object attribute '__dict__' is read-only")
        _local._lab_dict(self)[name] = value

    def __delattr__(self, name):
        try:
            del _local._lab_dict(self)[name]
        except KeyError:
            raise AttributeError(name) from None
