# A record with exception text goes to several handlers: the text is computed once and cached.
import logging, sys

def clean(s):
    return s.replace(__file__, 'PROG.py')

class Counting(logging.Formatter):
    calls = 0
    def formatException(self, ei):
        Counting.calls += 1
        return clean(super().formatException(ei))

class Out:
    def write(self, s):
        sys.stdout.write(s)

lg = logging.getLogger('multi')
lg.propagate = False
for tag in 'AB':
    h = logging.StreamHandler(Out())
    h.setFormatter(Counting(tag + ' %(message)s'))
    lg.addHandler(h)

def level3():
    return 1 / 0
def level2():
    return level3()
try:
    level2()
except ZeroDivisionError as e:
    lg.error('division failed: %s', e, exc_info=True)
print(Counting.calls)
try:
    raise KeyError('missing')
except KeyError as e:
    lg.error('instance', exc_info=e)
print(Counting.calls)
def g():
    try:
        [][1]
    except IndexError:
        lg.exception('from a function')
g()
class MyError(Exception):
    def __str__(self):
        return 'custom str'
try:
    raise MyError()
except MyError:
    lg.exception('custom exception')
try:
    raise ValueError
except ValueError:
    lg.exception('no message')
