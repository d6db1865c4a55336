import warnings


def attempt(f, *args, **kw):
    try:
        f(*args, **kw)
        print('ok', warnings.filters[0][0])
    except AssertionError as e:
        print(type(e).__name__, e)
    except TypeError as e:
        print(type(e).__name__, e)


attempt(warnings.simplefilter, 'sometimes')
attempt(warnings.simplefilter, 'ignore', lineno=-1)
attempt(warnings.simplefilter, 'ignore', lineno='1')
attempt(warnings.simplefilter, 'ignore', category=int)
attempt(warnings.filterwarnings, 'Error')
attempt(warnings.filterwarnings, 'error', message=5)
attempt(warnings.filterwarnings, 'error', category='Warning')
attempt(warnings.filterwarnings, 'error', category=ValueError)
attempt(warnings.filterwarnings, 'error', module=None)
attempt(warnings.filterwarnings, 'error', lineno=2.0)
attempt(warnings.filterwarnings, 'error', lineno=-2)
attempt(warnings.filterwarnings, 'once', 'msg', UserWarning, 'mod', 4, True)
attempt(warnings.filterwarnings)
attempt(warnings.simplefilter, 'ignore', Warning, 0, False, 'extra')
print(warnings.filters[0])
