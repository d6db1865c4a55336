# Errors while emitting: handleError's report on stderr, or silence when raiseExceptions is false.
import logging, sys, io

lg = logging.getLogger('errs')
lg.propagate = False
h = logging.StreamHandler(sys.stdout)
lg.addHandler(h)

def report(fn):
    err = io.StringIO()
    real = sys.stderr
    sys.stderr = err
    try:
        fn()
    finally:
        sys.stderr = real
    lines = err.getvalue().splitlines()
    if not lines:
        print('(nothing on stderr)')
        return
    print(lines[0])
    print([l for l in lines if not l.startswith(' ')][1:])

report(lambda: lg.warning('%d', 'not a number'))
report(lambda: lg.warning('%s %s', 'one'))
report(lambda: lg.warning('no args but %s'))
report(lambda: lg.warning('extra', 'arg'))
h.setFormatter(logging.Formatter('%(nothere)s'))
report(lambda: lg.warning('missing field'))
h.setFormatter(None)

class Broken:
    def write(self, s):
        raise OSError('device full')
h.setStream(Broken())
report(lambda: lg.error('cannot write'))
class Unprintable:
    def __repr__(self):
        raise RuntimeError('no repr')
h.setStream(sys.stdout)
report(lambda: lg.error(Unprintable()))
logging.raiseExceptions = False
report(lambda: lg.warning('%d', 'quiet'))
logging.raiseExceptions = True
h2 = logging.Handler()
lg.addHandler(h2)
try:
    lg.warning('base handler cannot emit')
except NotImplementedError as e:
    print(type(e).__name__, e)
