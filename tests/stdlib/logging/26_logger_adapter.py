# LoggerAdapter: extra, process, levels, nesting and its properties.
import logging, os, sys


class NoDir(logging.Formatter):
    """Tracebacks without the folder the corpus happens to live in."""
    def formatException(self, ei):
        return super().formatException(ei).replace(os.path.dirname(__file__) + os.sep, '')


lg = logging.getLogger('adapt')
lg.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(NoDir('%(levelname)s [%(conn)s] %(message)s'))
lg.addHandler(h)

a = logging.LoggerAdapter(lg, {'conn': 'c1'})
a.warning('warn %s', 1)
a.error('error')
a.critical('critical')
a.info('not shown')
a.log(logging.ERROR, 'via log %d', 2)
try:
    raise ValueError('v')
except ValueError:
    a.exception('adapter exception')
print(a.logger is lg, a.extra, a.name, a.manager is lg.manager)
print(a.isEnabledFor(20), a.getEffectiveLevel(), a.hasHandlers())
a.setLevel('DEBUG')
print(lg.level, a.getEffectiveLevel())
a.debug('now debug shows')
try:
    a.warning('explicit extra is replaced', extra={'conn': 'other'})
except Exception as e:
    print(type(e).__name__, e)

class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['id'], msg), kwargs
p = Prefix(lg, {'id': 7, 'conn': 'pc'})
h.setFormatter(logging.Formatter('%(message)s'))
p.warning('prefixed %s', 'message')
nested = Prefix(Prefix(lg, {'id': 'inner'}), {'id': 'outer'})
nested.warning('nested')
print(repr(nested), nested.name)
none = logging.LoggerAdapter(lg)
print(none.extra)
none.warning('no extra')
try:
    a.manager = 'x'
    print(lg.manager)
finally:
    lg.manager = logging.Logger.manager
    del lg.manager
print(lg.manager is logging.Logger.manager, 'manager' in lg.__dict__)
try:
    a.name = 'renamed'
except AttributeError as e:
    print(type(e).__name__)
