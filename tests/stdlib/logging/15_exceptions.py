# Exception information: exc_info forms, exception(), formatException and exc_text.
import logging, sys

def clean(s):
    return s.replace(__file__, 'PROG.py')

class Out:
    def write(self, s):
        sys.stdout.write(clean(s))

lg = logging.getLogger('exc')
lg.propagate = False
h = logging.StreamHandler(Out())
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
lg.addHandler(h)

def fail():
    raise ValueError('bad value')

try:
    fail()
except ValueError:
    lg.exception('caught %s', 'it')
    lg.error('with exc_info=True', exc_info=True)
    lg.warning('with exc_info=1', exc_info=1)
    lg.info('not enabled', exc_info=True)
    saved = sys.exc_info()

lg.error('tuple exc_info', exc_info=saved)
lg.error('instance exc_info', exc_info=saved[1])
lg.error('exc_info=False', exc_info=False)
lg.error('exc_info outside except', exc_info=True)
lg.exception('exception outside except')
lg.exception('exception with exc_info=False', exc_info=False)

try:
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError:
    lg.exception('chained')

f = logging.Formatter()
text = f.formatException(saved)
print(clean(text).splitlines()[-1], text.endswith('\n'))
r = logging.LogRecord('x', 40, 'f.py', 1, 'cached', (), saved)
print(r.exc_text)
out = f.format(r)
print(r.exc_text == text, out.startswith('cached\nTraceback'))
r.exc_text = 'CACHED TEXT'
print(f.format(r))
r.exc_info = None
print(f.format(r))
r.msg = 'ends with newline\n'
print(repr(f.format(r)))

class Short(logging.Formatter):
    def formatException(self, ei):
        return 'EXC: %s(%s)' % (ei[0].__name__, ei[1])
h.setFormatter(Short('%(message)s'))
lg.error('short form', exc_info=saved)
