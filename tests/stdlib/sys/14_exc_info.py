# sys.exc_info() inside except (the exception being handled), in nested handlers, after the
# handler (empty again), in a function called from a handler, and sys.exception() (3.11).
import sys


def report():
    t, v, tb = sys.exc_info()
    return t.__name__ if t else None, str(v) if v else None, tb is not None


print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t, type(v).__name__, v, type(tb).__name__, tb.tb_lineno > 0)
    print(v.__traceback__ is tb, sys.exception() is v, report())
print(sys.exc_info(), report())
try:
    raise KeyError('outer')
except KeyError:
    try:
        raise ValueError('inner')
    except ValueError:
        print('nested', report())
    print('back to outer', report())
print(sys.exc_info() == (None, None, None))
try:
    try:
        raise TypeError('first')
    finally:
        print('in finally', report())
except TypeError as e:
    print('caught', e, report())
def gen():
    try:
        yield report()
        raise OSError('from generator')
    except OSError:
        yield report()
    yield report()
g = gen()
print(next(g), next(g), next(g))
try:
    raise RuntimeError('boom')
except RuntimeError:
    print([x for x in [report()]])
err = None
try:
    int('x')
except ValueError as e:
    err = e
print(type(err).__name__, err, sys.exc_info()[0])
try:
    raise ValueError('with cause') from KeyError('k')
except ValueError:
    v = sys.exc_info()[1]
    print(repr(v.__cause__), v.__suppress_context__)
