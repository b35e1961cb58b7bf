"""The interpreter's code as it was before the learner's program ran, and the way back to it.

Exercise checks run in the same interpreter as main.py, after it. A program that rebinds `max`,
`asyncio.run`, `time.monotonic` or a method of the event loop would otherwise decide what the
checks compute: a one-after-another solution passed "three requests at once" by replacing `max` and
`min`. Python gives a module no way to hide the interpreter from code beside it, so lab_check takes
this snapshot once checks.py has loaded (before main.py runs) and puts it back before each check
and after each call into the learner's code: the TypeScript runtime's builtins-snapshot.ts, for
Python.

What is put back is code, not state: the functions, classes and modules that module globals and
class attributes are bound to. Counters, flags and caches that the interpreter rebinds as it runs
(a green thread's ident, threading's shutdown flag) are left alone, as is `__main__`, which the
checks are there to examine.
"""

import sys
import types

# Modules whose pure-Python classes are snapshotted too: the event loop, tasks and futures, thread
# pools, and the shim itself. Builtin types (int, list, dict) cannot be patched at all.
_CLASS_ROOTS = ("asyncio", "concurrent", "threading", "queue", "json", "lab_", "pyodide.webloop", "inspect")
_NOT_RESTORED = frozenset({"__dict__", "__weakref__", "__doc__", "__module__", "__annotations__"})
_CODE_TYPES = (types.ModuleType, staticmethod, classmethod, property)


def _modules():
    return [
        (name, module)
        for name, module in list(sys.modules.items())
        if isinstance(module, types.ModuleType) and name != "__main__"
    ]


def _classes(module):
    name = module.__name__
    if not name.startswith(_CLASS_ROOTS):
        return []
    return [
        value
        for value in list(vars(module).values())
        # Py_TPFLAGS_HEAPTYPE: a class defined in Python, whose attributes can be set.
        if isinstance(value, type) and value.__module__ == name and value.__flags__ & (1 << 9)
    ]


# State that decides how every coroutine runs, put back whatever its type: the event loop policy
# makes the loop asyncio.run uses (a program's own policy could make loops whose sleeps take no time).
_STATE = (("asyncio.events", "_event_loop_policy"),)


def take():
    """Saves every loaded module's code bindings; returns `restore`, which puts them back and says
    whether anything had changed."""
    modules = [(name, module, dict(vars(module))) for name, module in _modules()]
    state = [
        (vars(sys.modules[name]), key, vars(sys.modules[name]).get(key))
        for name, key in _STATE
        if name in sys.modules
    ]
    # The policy object itself: `policy.new_event_loop = …` changes no binding above.
    objects = [
        (value, dict(vars(value)))
        for _, _, value in state
        if value is not None and hasattr(value, "__dict__")
    ]
    classes = [
        (cls, {key: value for key, value in vars(cls).items() if key not in _NOT_RESTORED})
        for _, module, _ in modules
        for cls in _classes(module)
    ]
    # restore() runs after the learner's code: it looks up nothing the program could have rebound.
    missing = object()
    is_callable = callable
    is_instance = isinstance
    code_types = _CODE_TYPES
    module_type = types.ModuleType
    to_list = list
    get_vars = vars
    set_item = dict.__setitem__
    del_item = dict.__delitem__
    get = dict.get
    items = dict.items
    proxy = type(vars(type))  # a class's __dict__: read-only mappingproxy
    proxy_items = proxy.items
    proxy_get = proxy.get
    settrace = sys.settrace
    setprofile = sys.setprofile
    type_setattr = type.__setattr__
    type_delattr = type.__delattr__
    modules_dict = sys.modules
    not_restored = _NOT_RESTORED

    def is_code(value):
        return is_callable(value) or is_instance(value, code_types)

    def restore():
        changed = False
        for name, module, saved in modules:
            if get(modules_dict, name) is not module:
                set_item(modules_dict, name, module)
                changed = True
            now = get_vars(module)
            # A name the program added that shadows a built-in (`lab_check.len = …`) goes; a
            # submodule imported since (`email.mime`) stays, as the import system left it.
            for key, value in to_list(items(now)):
                if key not in saved and is_callable(value) and not is_instance(value, module_type):
                    del_item(now, key)
                    changed = True
            for key, old in items(saved):
                if get(now, key, missing) is not old and is_code(old):
                    set_item(now, key, old)
                    changed = True
        for cls, saved in classes:
            now = get_vars(cls)
            for key, value in to_list(proxy_items(now)):
                if key not in saved and key not in not_restored and is_code(value):
                    type_delattr(cls, key)
                    changed = True
            for key, old in items(saved):
                if proxy_get(now, key, missing) is not old and is_code(old):
                    type_setattr(cls, key, old)
                    changed = True
        for namespace, key, old in state:
            if get(namespace, key, missing) is not old:
                set_item(namespace, key, old)
                changed = True
        for target, saved in objects:
            now = get_vars(target)
            for key, value in to_list(items(now)):
                if key not in saved:
                    del_item(now, key)
                    changed = True
            for key, old in items(saved):
                if get(now, key, missing) is not old:
                    set_item(now, key, old)
                    changed = True
        # A trace function can jump a check's frame past its assert (frame.f_lineno).
        settrace(None)
        setprofile(None)
        return changed

    return restore


def guarded(fn, restore):
    """`fn`, calling `restore` after each call returns; for a coroutine or an async iterator it
    returns, after each await and each step too."""

    def call(*args, **kwargs):
        try:
            result = fn(*args, **kwargs)
        finally:
            restore()
        kind = type(result)
        if hasattr(kind, "__anext__"):
            return _iterated(result, restore)
        if hasattr(kind, "__await__"):
            return _awaited(result, restore)
        return result

    call.__name__ = getattr(fn, "__name__", "function")
    call.__qualname__ = getattr(fn, "__qualname__", call.__name__)
    call.__wrapped__ = fn
    return call


async def _awaited(awaitable, restore):
    try:
        return await awaitable
    finally:
        restore()


async def _iterated(iterator, restore):
    try:
        while True:
            try:
                item = await iterator.__anext__()
            except StopAsyncIteration:
                return
            finally:
                restore()
            yield item
    finally:
        aclose = getattr(iterator, "aclose", None)
        if aclose is not None:
            await aclose()
