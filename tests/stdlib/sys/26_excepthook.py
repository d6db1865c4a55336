# sys.excepthook replaced: an uncaught exception calls the hook (here printing to stdout and
# writing one line to stderr) instead of the standard traceback; the exit status is still 1.
import sys


def hook(exc_type, exc, tb):
    print('hook called:', exc_type.__name__, exc, type(tb).__name__)
    print('is original hook kept?', sys.__excepthook__ is not hook)
    sys.stderr.write('custom: %s: %s\n' % (exc_type.__name__, exc))


print(sys.excepthook is sys.__excepthook__, callable(sys.excepthook))
sys.excepthook = hook
print(sys.excepthook is hook)
try:
    raise KeyError('handled')
except KeyError as e:
    print('handled normally', e)


def load(path):
    raise FileNotFoundError(2, 'No such file or directory', path)


print('before the error')
load('missing.csv')
print('never printed')
