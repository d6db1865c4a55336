# A callback that raises is reported ("Exception ignored in atexit callback: ...") on sys.stderr and
# the others still run. The report is captured here and printed without the function's address.
import atexit
import io
import sys


def strip_address(line):
    i = line.find(' at 0x')
    if i >= 0:
        j = line.index('>', i)
        line = line[:i] + line[j:]
    return line


def show(text):
    for line in text.splitlines():
        if line.startswith('  '):  # a traceback entry: its file name depends on the machine
            line = '  ' + line.strip().split(',')[-1].strip() if line.startswith('  File') else '    <source>'
        print('|', strip_address(line))


class MyError(Exception):
    pass


def fails():
    print('fails runs')
    raise ValueError('broken callback')


def chained():
    try:
        {}['missing']
    except KeyError:
        raise MyError('raised while handling')


atexit._clear()
atexit.register(print, 'runs after the failures')
atexit.register(fails)
atexit.register(chained)
atexit.register(int, 'not a number')  # raised by a builtin: no traceback entries
atexit.register(print, 'runs first')
saved = sys.stderr
sys.stderr = io.StringIO()
atexit._run_exitfuncs()
captured, sys.stderr = sys.stderr.getvalue(), saved
show(captured)
print(atexit._ncallbacks())
