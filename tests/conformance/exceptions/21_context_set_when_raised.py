# __context__ is set where an exception is raised, once: not again in each frame it leaves,
# so a handler that clears it and re-raises keeps it cleared.
def g():
    try:
        raise ValueError("v")
    except ValueError:
        def inner():
            e = OSError("x")
            try:
                raise e
            except BaseException:
                e.__context__ = None
                raise
        inner()
try:
    g()
except OSError as e:
    print("E", repr(e.__context__))

class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        e = OSError("x")
        try:
            raise e
        except BaseException:
            e.__context__ = None
            raise
try:
    with CM():
        raise ValueError("v")
except OSError as e:
    print("B", repr(e.__context__))
def f(): raise KeyError('k')
try:
    try:
        raise ValueError('v')
    except ValueError:
        f()
except KeyError as e:
    print(repr(e.__context__))
def g():
    try:
        raise TypeError('t')
    except TypeError:
        return [1][5]
try:
    try:
        raise ValueError('v')
    except ValueError:
        g()
except IndexError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
import json
try:
    try:
        raise ValueError('outer')
    except ValueError:
        json.loads('{')
except Exception as e:
    print(type(e).__name__, repr(e.__context__))
def gen():
    yield 1
    raise KeyError('g')
try:
    try:
        raise ValueError('v')
    except ValueError:
        list(gen())
except KeyError as e:
    print(repr(e.__context__))
try:
    try:
        raise ValueError('v')
    except ValueError:
        sorted([3, 1], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(repr(e.__context__))
