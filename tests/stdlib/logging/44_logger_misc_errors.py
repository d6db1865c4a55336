# Loggers made directly, getChild with bad suffixes and other wrong uses.
import logging, sys

lg = logging.Logger('standalone', 'INFO')
print(lg, lg.parent, lg.level, lg.manager is logging.Logger.manager, lg.root is logging.root)
print(lg.getEffectiveLevel(), lg.isEnabledFor(20))
print('standalone' in logging.Logger.manager.loggerDict)
lg.addHandler(logging.StreamHandler(sys.stdout))
lg.info('a logger outside the hierarchy')
try:
    logging.Logger('bad', level='NOISY')
except ValueError as e:
    print(type(e).__name__, e)
a = logging.getLogger('gc')
for bad in [1, None, b'x']:
    try:
        a.getChild(bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
print(logging.root.getChild('top').name, a.getChild('').name)
try:
    logging.Logger.manager.getLogger(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.warning()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.warning('x', bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.log()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.addFilter()
except TypeError as e:
    print(type(e).__name__, e)
h = logging.StreamHandler(sys.stdout)
a.addHandler(h)
a.propagate = False
a.warning('ok', stack_info=False, stacklevel=1, extra=None, exc_info=None)
class Boom:
    def filter(self, record):
        raise RuntimeError('filter failed')
a.addFilter(Boom())
try:
    a.warning('filtered')
except RuntimeError as e:
    print(type(e).__name__, e)
a.filters.clear()
a.handlers.append('not a handler')
try:
    a.warning('bad handler')
except AttributeError as e:
    print(type(e).__name__, e)
