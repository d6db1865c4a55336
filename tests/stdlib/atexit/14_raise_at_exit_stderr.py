# The report of a failing callback is the last thing written on stderr (after the traceback of
# the uncaught exception): its last line is the callback's exception.
import atexit


def broken():
    print('broken runs')
    raise LookupError('from the atexit callback')


atexit.register(print, 'still runs')
atexit.register(broken)
raise ValueError('the program fails first')
