"""Pyodide's WebLoop made to behave like CPython's asyncio loop.

- Callbacks are scheduled through the sandbox (tracked timers draw their bars on the timeline) and
  pass the gate of lab_gate, so none runs while the main thread is blocked.
- run_in_executor / to_thread run in a real (green) ThreadPoolExecutor instead of inline.
- asyncio.run cancels the tasks left over, shuts down async generators and the default executor,
  as CPython's does, and sets debug mode as CPython's does (its argument, else PYTHONASYNCIODEBUG).
- In debug mode a callback that holds the loop for slow_callback_duration or longer is logged as
  CPython logs it ("Executing <Task …> took 0.501 seconds"); Pyodide's loop only keeps the flag.
- The loop no longer reports "Unhandled exception" for every failed future; CPython reports "Task
  exception was never retrieved" when such a task is collected.
"""

import asyncio
import concurrent.futures
import functools
import gc
import inspect

import _lab_js as js
import lab_gate as gate
import lab_traceback
from pyodide.ffi import create_once_callable, run_sync
from pyodide.webloop import WebLoop

_sleep_callback = asyncio.futures._set_result_unless_cancelled


def _label(delay, callback):
    if getattr(callback, "__func__", callback) is _sleep_callback:
        return f"asyncio.sleep({delay:g})"
    name = getattr(callback, "__qualname__", None) or type(callback).__name__
    return f"call_later({delay:g}, {name})"


class _Turns:
    """CPython's turns of the loop, over the sandbox's one queue of macrotasks.

    Every callback the shim schedules is a macrotask, run in the order posted: that queue is the
    ready queue. CPython's loop works in turns: a turn runs the callbacks that were ready when it
    began, and only at the start of the next turn do the timers that have come due join the end of
    the ready queue. So `call_soon(a); call_later(0, t); call_soon(b)` runs a, b, then t, and a
    callback that a or b schedules runs after t. Here each callback is stamped with the turn it
    belongs to (the one after the turn that scheduled it); a timer already due when it is scheduled
    is held until the current turn's last callback has run, and then posted, behind everything
    that turn scheduled and ahead of everything the next one will. A timer that fires later is
    posted when it fires, as the old loop did: when it fires against callbacks is a matter of time,
    in CPython too.
    """

    def __init__(self):
        self.turn = 0  # the turn whose callbacks run now
        self.pending = {}  # turn -> callbacks posted and not yet run
        self.held = []  # due timers waiting for the current turn to end

    def post(self, dispatch, stamp):
        self.pending[stamp] = self.pending.get(stamp, 0) + 1
        js.schedule(create_once_callable(lambda: self.run(dispatch, stamp), _may_syncify=True), 0, "")

    def run(self, dispatch, stamp):
        self.turn = max(self.turn, stamp)
        try:
            dispatch()
        finally:
            left = self.pending.get(stamp, 1) - 1
            if left > 0:
                self.pending[stamp] = left
            else:
                self.pending.pop(stamp, None)
            # The turn is over once none of its callbacks is left, this one included. (A callback
            # that blocked the main thread may finish after later turns have begun.)
            if self.held and self.pending.get(self.turn, 0) == 0:
                self.end_turn()

    def end_turn(self):
        held, self.held = self.held, []
        for dispatch in held:
            self.post(dispatch, self.turn + 1)

    def soon(self, dispatch):
        self.post(dispatch, self.turn + 1)

    def due(self, dispatch):
        """A timer due when it is scheduled (call_later(0, …)): it runs once this turn's callbacks,
        and what they post, are queued."""
        if self.pending.get(self.turn, 0) > 0:
            self.held.append(dispatch)
        else:
            # Between turns (top-level code, a thread, a JavaScript callback): the next turn is next.
            self.post(dispatch, self.turn + 1)


_turns = _Turns()


def _schedule(loop, handle, delay, timer=False):
    # The JavaScript side may keep `dispatch` alive after the call; the handle (and through it a
    # finished task) must not be, or "Task exception was never retrieved" comes late or never.
    box = [handle]

    def dispatch():
        handle = box[0]
        if handle is None or handle._cancelled:
            box[0] = None
            return
        if gate.main_blocked() and not gate.passes(handle):
            gate.hold(create_once_callable(dispatch, _may_syncify=True))
            return
        box[0] = None
        gate.current = gate.MAIN
        loop._install_running_loop()
        loop._install_asyncgen_hooks()
        js.enter("asyncio callback")
        if loop._debug:
            _run_timed(loop, handle)
        else:
            handle._run()

    ms = max(0.0, delay * 1000)
    if ms > 0:
        # A timer that fires joins the back of the queue, behind what is ready now.
        label = _label(delay, handle._callback)
        return js.schedule(create_once_callable(lambda: _turns.soon(dispatch), _may_syncify=True), ms, label)
    if timer:
        _turns.due(dispatch)
    else:
        _turns.soon(dispatch)
    return 0


def _run_timed(loop, handle):
    """Runs `handle` as CPython's BaseEventLoop._run_once does in debug mode: timed, and reported
    on the asyncio logger when it held the loop for slow_callback_duration or longer."""
    loop._current_handle = handle
    try:
        start = loop.time()
        handle._run()
        took = loop.time() - start
        if took >= loop.slow_callback_duration:
            asyncio.log.logger.warning("Executing %s took %.3f seconds", asyncio.base_events._format_handle(handle), took)
    finally:
        loop._current_handle = None


def call_soon(self, callback, *args, context=None):
    handle = asyncio.Handle(callback, args, self, context=context)
    _schedule(self, handle, 0)
    return handle


class _Timer(asyncio.TimerHandle):
    """A TimerHandle that remembers its sandbox timer, so cancelling it clears that timer."""

    __slots__ = ("_lab_id",)


def call_later(self, delay, callback, *args, context=None):
    if delay is None:
        raise TypeError("delay must not be None")
    handle = _Timer(self.time() + delay, callback, args, self, context=context)
    handle._lab_id = _schedule(self, handle, delay, timer=True)
    handle._scheduled = True
    return handle


def call_at(self, when, callback, *args, context=None):
    return call_later(self, when - self.time(), callback, *args, context=context)


def _timer_handle_cancelled(self, handle):
    timer = getattr(handle, "_lab_id", 0)
    if timer:
        js.cancel(timer)


def _decrement_in_progress(self, fut=None):
    self._in_progress -= 1


def _callable_name(func):
    """The name the timeline gives a thread's work: the function the learner handed over."""
    if isinstance(func, functools.partial):
        # asyncio.to_thread hands the pool partial(context.run, func, *args): name func, not Context.run.
        if getattr(func.func, "__qualname__", None) == "Context.run" and func.args:
            return _callable_name(func.args[0])
        return _callable_name(func.func)
    return getattr(func, "__qualname__", None) or type(func).__name__


def run_in_executor(self, executor, func, *args):
    if executor is None:
        executor = getattr(self, "_default_executor", None)
        if executor is None:
            executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
            self._default_executor = executor
    name = _callable_name(func)

    def job():
        span = js.span_begin("worker", f"to_thread({name})")
        try:
            return func(*args)
        finally:
            js.span_end(span)

    return asyncio.wrap_future(executor.submit(job), loop=self)


def create_task(self, coro, *, name=None, context=None, eager_start=None):
    """A plain asyncio.Task, so reprs and messages read as CPython's ("Task exception was never retrieved")."""
    self._check_closed()
    task = asyncio.Task(coro, loop=self, name=name, context=context, eager_start=eager_start)
    self._in_progress += 1
    task.add_done_callback(self._decrement_in_progress)
    return task


def set_default_executor(self, executor):
    self._default_executor = executor


async def shutdown_default_executor(self, timeout=None):
    executor = getattr(self, "_default_executor", None)
    if executor is None:
        return
    self._default_executor = None
    import threading

    done = self.create_future()

    def shut():
        executor.shutdown(wait=True)
        self.call_soon_threadsafe(lambda: done.done() or done.set_result(None))

    threading.Thread(target=shut).start()
    await done


def default_exception_handler(self, context):
    message = context.get("message") or "Unhandled exception in event loop"
    lines = [message]
    for key in sorted(context):
        if key not in {"message", "exception"}:
            lines.append(f"{key}: {context[key]!r}")
    text = "\n".join(lines)
    exception = context.get("exception")
    if exception is not None:
        text += "\n" + lab_traceback.format(exception).rstrip("\n")
    js.stderr(text)


def run_until_complete(self, future):
    future = asyncio.ensure_future(future, loop=self)
    if not gate.can_block():
        raise RuntimeError(
            "run_until_complete needs JavaScript Promise Integration (JSPI), which this browser lacks "
            "(Chrome and Edge have it from version 137)."
        )
    return run_sync(future)


_all_tasks = asyncio.all_tasks


def all_tasks(loop=None):
    """asyncio.all_tasks without the tasks run_sync makes for a blocked green thread's wait (their
    context carries PASS): they are the sandbox's plumbing, and asyncio.run must not cancel them."""
    return {task for task in _all_tasks(loop) if not task.get_context().get(gate.PASS, False)}


def _cancel_all_tasks(loop):
    to_cancel = [task for task in all_tasks(loop) if not task.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(asyncio.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler(
                {
                    "message": "unhandled exception during asyncio.run() shutdown",
                    "exception": task.exception(),
                    "task": task,
                }
            )


def run(main, *, debug=None, loop_factory=None):
    """asyncio.run, with CPython's checks and clean-up, on the page's one loop."""
    if asyncio.current_task() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not inspect.iscoroutine(main):
        if inspect.isawaitable(main):
            awaitable = main

            async def _wrap():
                return await awaitable

            main = _wrap()
        else:
            raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = asyncio.get_event_loop()
    # CPython's runner sets `debug` on a new loop, which read PYTHONASYNCIODEBUG when it was made;
    # here the loop is the page's one, made before main.py could set the variable.
    loop.set_debug(asyncio.coroutines._is_debug_mode() if debug is None else debug)
    if not gate.can_block():
        return _run_without_jspi(loop, main)
    task = loop.create_task(main)
    try:
        return loop.run_until_complete(task)
    finally:
        del task
        # A reference cycle in Pyodide keeps failed tasks alive past their last use; collecting
        # here prints "Task exception was never retrieved" by the end of asyncio.run at the latest.
        gc.collect()
        _cancel_all_tasks(loop)
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())


_pending_mains = []


def _run_without_jspi(loop, main):
    """Without JSPI nothing can wait here: the task runs on, and the program's end waits for it."""
    _pending_mains.append(loop.create_task(main))


async def wait_pending_mains():
    while _pending_mains:
        await asyncio.gather(*_pending_mains.copy(), return_exceptions=False)
        _pending_mains.clear()


def install():
    for name, value in {
        "call_soon": call_soon,
        "call_soon_threadsafe": call_soon,
        "call_later": call_later,
        "call_at": call_at,
        "_timer_handle_cancelled": _timer_handle_cancelled,
        "_decrement_in_progress": _decrement_in_progress,
        "run_in_executor": run_in_executor,
        "create_task": create_task,
        "set_default_executor": set_default_executor,
        "shutdown_default_executor": shutdown_default_executor,
        "default_exception_handler": default_exception_handler,
        "run_until_complete": run_until_complete,
    }.items():
        setattr(WebLoop, name, value)
    WebLoop.slow_callback_duration = 0.1  # CPython's default (BaseEventLoop)
    asyncio.run = run
    asyncio.runners.run = run
    asyncio.all_tasks = all_tasks
    asyncio.tasks.all_tasks = all_tasks
