# At interpreter exit too, a failing callback is reported on sys.stderr and the later ones run: the
# first callback to run swaps in a StringIO, the last one prints what it caught.
import atexit
import io
import sys

saved = sys.stderr


def report():
    text = sys.stderr.getvalue()
    sys.stderr = saved
    for line in text.splitlines():
        if line.startswith('Exception ignored'):
            line = line[:line.find(' at 0x')] + '>'
        elif line.startswith('  '):
            continue
        print('|', line)


def bad(n):
    print('bad', n)
    raise ArithmeticError('bad number %d' % n)


def exits():
    print('exits calls sys.exit(4)')
    sys.exit(4)  # reported, not obeyed: the status stays 0


def capture():
    sys.stderr = io.StringIO()


atexit.register(report)
atexit.register(bad, 1)
atexit.register(exits)
atexit.register(print, 'between')
atexit.register(bad, 2)
atexit.register(capture)
print('end of program')
