# A sys.excepthook that itself raises: CPython reports the hook's error, then the original
# exception; the exit status is 1.
import sys


def hook(exc_type, exc, tb):
    print('hook sees', exc_type.__name__, exc, tb.tb_lineno)
    raise RuntimeError('the hook failed too')


sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__ is not hook)
try:
    sys.__excepthook__(1, 2)
except TypeError as e:
    print('TypeError', e)
print('about to fail')
{}['missing']
