# stack_info=True: the stack text added to the record and formatStack.
import logging, sys

def clean(s):
    return s.replace(__file__, 'PROG.py')

class Out:
    def write(self, s):
        sys.stdout.write(clean(s))

lg = logging.getLogger('stack')
lg.propagate = False
h = logging.StreamHandler(Out())
h.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d %(message)s'))
lg.addHandler(h)

def inner():
    lg.warning('with stack', stack_info=True)

def outer():
    inner()

outer()
lg.warning('top level stack', stack_info=True)
lg.warning('no stack', stack_info=False)

captured = []
class Keep(logging.Handler):
    def emit(self, record):
        captured.append(record)
k = Keep()
lg.addHandler(k)
outer()
r = captured[-1]
print(clean(r.stack_info).splitlines()[0], r.stack_info.endswith('\n'))

class Brief(logging.Formatter):
    def formatStack(self, stack_info):
        return '[%d stack lines]' % len(stack_info.splitlines())
h.setFormatter(Brief('%(message)s'))
outer()
try:
    raise KeyError('both')
except KeyError:
    lg.error('exception and stack', exc_info=True, stack_info=True)
print(logging.Formatter().formatStack('as is'))
