"""Cellar's implementation of the `atexit` module: functions to call when the program ends
(`register`, `unregister`).

The callbacks live in a list here, as CPython keeps them in an array: `unregister` blanks an
entry (None) rather than removing it, so `_ncallbacks` counts as CPython's does. The interpreter calls `_run_exitfuncs` when the program ends (or the
notebook session closes), last registered first, before the final collection."""

import sys as _sys

_exithandlers = []  # (func, args, kwargs), or None where one was unregistered


def register(*args, **kwargs):
    """register(func, *args, **kwargs): call func(*args, **kwargs) when the program ends.
    Returns func, so that register also works as a decorator."""
    if not args:
        raise TypeError("register() takes at least 1 argument (0 given)")
    func = args[0]
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args[1:], kwargs))
    return func


def unregister(*args, **kwargs):
    """unregister(func): forget every registration of func (or of a callable equal to it)."""
    if kwargs:
        raise TypeError("atexit.unregister() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError("atexit.unregister() takes exactly one argument (%d given)" % len(args))
    func = args[0]
    handlers = _exithandlers
    for i, h in enumerate(handlers):
        if h is not None and (h[0] is func or h[0] == func):
            handlers[i] = None


def _run_exitfuncs():
    """Call the registered functions now, last registered first, and forget them. An error in
    one is reported on stderr, and the others still run."""
    handlers = _exithandlers
    # Those registered while this runs are not called (dropped at the end), as in CPython.
    i = len(handlers)
    while i:
        i -= 1
        h = handlers[i] if i < len(handlers) else None
        if h is None:
            continue
        func, args, kwargs = h
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)
    handlers.clear()


def _report(func, exc):
    """Write a callback's error to stderr as CPython's default unraisable hook does: the
    callback's own traceback, no chained exceptions. An error with no traceback of its own (a
    builtin callback's) gets one entry for the frame that called `_run_exitfuncs`, if any."""
    import traceback
    err = _sys.stderr
    if err is None:
        return
    tb = exc.__traceback__
    tb = tb.tb_next if tb is not None else None  # drop _run_exitfuncs's own entry
    if tb is None:
        try:
            frame = _sys._getframe(2)
        except ValueError:  # called by the interpreter at exit
            frame = None
        if frame is not None:
            from types import TracebackType
            tb = TracebackType(None, frame, frame.f_lasti, frame.f_lineno)
    _sys.stdout.flush()
    print("Exception ignored in atexit callback: %r" % (func,), file=err)
    traceback.print_exception(type(exc), exc, tb, file=err, chain=False)


def _clear():
    """Forget every registered function."""
    _exithandlers.clear()


def _ncallbacks():
    """The number of registrations (an unregistered one counts until the list is cleared)."""
    return len(_exithandlers)
