# The caller recorded for a logging call: lineno, funcName, filename, and stacklevel.
import logging, sys

lg = logging.getLogger('caller')
lg.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(filename)s:%(lineno)d %(funcName)s %(module)s | %(message)s'))
lg.addHandler(h)

lg.warning('module level')

def direct():
    lg.warning('direct')

def helper(msg, level=1):
    lg.warning(msg, stacklevel=level)

def caller_of_helper():
    helper('stacklevel 1')
    helper('stacklevel 2', 2)
    helper('stacklevel 3', 3)
    helper('stacklevel 99', 99)

direct()
caller_of_helper()

class Service:
    def run(self):
        lg.error('in a method')
    @staticmethod
    def static():
        lg.error('in a static method')
Service().run()
Service.static()
(lambda: lg.warning('in a lambda'))()
[lg.warning('in a comprehension') for _ in range(1)]

def gen():
    lg.warning('in a generator')
    yield 1
list(gen())

class Keep(logging.Handler):
    def emit(self, record):
        print(record.funcName, record.lineno > 0, record.filename == __file__.rsplit('/', 1)[-1], record.getMessage())
k = Keep()
lg.addHandler(k)
lg.removeHandler(h)
helper('stacklevel 0 (logging itself)', 0)
helper('stacklevel -1 (logging itself)', -1)
lg.removeHandler(k)
lg.addHandler(h)
fn, lno, func, sinfo = lg.findCaller()
print(fn == __file__, lno, func, sinfo)
def f():
    return lg.findCaller(False, 2)
print(f()[1:])

adapter = logging.LoggerAdapter(lg, {})
adapter.warning('through an adapter')

saved = logging._srcfile
logging._srcfile = None
lg.warning('no caller lookup')
logging._srcfile = saved
lg.warning('lookup restored')

class Sub(logging.Logger):
    def loud(self, msg):
        self.warning(msg.upper())
s = Sub('caller.sub')
s.addHandler(h)
s.propagate = False
s.loud('from a subclass method')
