"""Cellar's implementation of the `contextlib` module: helpers for `with` statements
(`contextmanager`, `ExitStack`, `suppress`, `closing`, `nullcontext`, `redirect_stdout`,
`redirect_stderr`, `chdir`) and the `AbstractContextManager` / `ContextDecorator` bases.

Cellar runs no asynchronous code, so the async helpers (`asynccontextmanager`,
`AsyncExitStack`, `aclosing`) can be imported but raise NotImplementedError when used;
`AbstractAsyncContextManager` only serves isinstance/issubclass checks."""

import abc
import os
import sys
import _collections_abc
from _collections import deque  # the native deque, without loading all of collections
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


class AbstractContextManager(abc.ABC):
    """ABC of objects usable in a `with` statement (`__enter__` and `__exit__`)."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """Give back `self` on entry."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Let any exception of the block propagate."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _collections_abc._check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """ABC of asynchronous context managers (`__aenter__` and `__aexit__`); in Cellar only
    for isinstance/issubclass checks, since it runs no asynchronous code."""

    __class_getitem__ = classmethod(GenericAlias)

    @abc.abstractmethod
    def __aexit__(self, exc_type, exc_value, traceback):
        """Let any exception of the block propagate."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _collections_abc._check_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


def _no_async(name):
    raise NotImplementedError(
        "contextlib.%s is not available: Cellar does not run asynchronous code" % name)


class ContextDecorator(object):
    """Mixin that lets a context manager decorate a function: each call of the function
    then runs inside the context."""

    def _recreate_cm(self):
        # The context manager to use for one call; one-shot managers make a new one.
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """What @contextmanager's context managers share: the generator and how to remake it."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # Used as a decorator, each call needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractContextManager,
    ContextDecorator,
):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # The function and its arguments are only needed to recreate the manager,
        # which can no longer happen once it was entered.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()
        if value is None:
            # A real instance, so that it can be recognised if it comes back.
            value = typ()
        try:
            gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator finished: the exception is handled, unless the block's own
            # StopIteration is what came back.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration thrown in and turned into RuntimeError by the generator
            # (PEP 479): let the original one propagate.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            # The same exception coming back means "not handled"; __exit__ itself must
            # only raise a new one.
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


def contextmanager(func):
    """Decorator turning a generator function that yields once into a context manager
    factory: the code before the yield runs on entry (the yielded value is bound by
    `as`), the code after it on exit; an exception of the block is raised at the yield."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """Not available in Cellar (no asynchronous code): raises NotImplementedError."""
    _no_async("asynccontextmanager")


class closing(AbstractContextManager):
    """Context manager that calls `thing.close()` on exit; `as` binds `thing`."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Not available in Cellar (no asynchronous code): raises NotImplementedError."""

    def __init__(self, thing):
        _no_async("aclosing")

    def __aexit__(self, *exc_info):
        _no_async("aclosing")


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack of the replaced streams, so that the manager can be re-entered.
        self._old_targets = []

    def __enter__(self):
        name = self._stream
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager that makes `sys.stdout` the given file while it is active."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager that makes `sys.stderr` the given file while it is active."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager that silences the given exception types (and their subclasses)
    raised in its block; execution continues after the `with` statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _BaseExitStack:
    """The callback stack that ExitStack unwinds."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move the registered callbacks to a new stack (of the same type) and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Register `exit`: a context manager (its `__exit__` will be called) or a callable
        taking `__exit__`'s arguments; a true result suppresses the exception. Returns
        `exit`, so this works as a decorator."""
        # Like the with statement, look `__exit__` up on the type.
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter the context manager `cm`, register its `__exit__` and return what its
        `__enter__` returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register `callback(*args, **kwds)` to be called on exit (it cannot suppress
        exceptions). Returns `callback`, so this works as a decorator."""
        wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager holding a stack of exit callbacks, called last-in first-out on
    exit as if they were nested `with` statements."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # The exception being handled around the stack: a callback's exception chains
        # back to it, and must chain to the previous callback's exception instead.
        frame_exc = sys.exc_info()[1]

        def fix_context(new_exc, old_exc):
            while True:
                ctx = new_exc.__context__
                if ctx is None or ctx is old_exc:
                    return
                if ctx is frame_exc:
                    break
                new_exc = ctx
            new_exc.__context__ = old_exc

        suppressed_exc = False
        pending_raise = False
        # Read the attribute each time: a callback may call pop_all() or push more.
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()[1]
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except:
                new_details = sys.exc_info()
                fix_context(new_details[1], exc_details[1])
                pending_raise = True
                exc_details = new_details
        if pending_raise:
            exc = exc_details[1]
            # Raising sets __context__ again: put the fixed one back.
            fixed_ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc

    def close(self):
        """Call all the registered callbacks now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Not available in Cellar (no asynchronous code): raises NotImplementedError."""

    def __init__(self):
        _no_async("AsyncExitStack")

    def __aexit__(self, *exc_details):
        _no_async("AsyncExitStack")


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does nothing; `as` binds `enter_result`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    def __aenter__(self):
        _no_async("nullcontext.__aenter__")

    def __aexit__(self, *excinfo):
        _no_async("nullcontext.__aexit__")


class chdir(AbstractContextManager):
    """Context manager that changes the working directory to `path` and changes it back
    on exit (a process-wide change)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._old_cwd.pop())
