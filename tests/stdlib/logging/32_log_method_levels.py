# Logger.log with integer levels, custom levels, and non-integer levels.
import logging, sys

lg = logging.getLogger('loglevels')
lg.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelno)s %(levelname)s %(message)s'))
lg.addHandler(h)
lg.setLevel(1)
for level in [1, 5, 10, 15, 25, 45, 50, 60, True]:
    lg.log(level, 'at %s', level)
lg.log(0, 'level 0 is below 1')
logging.addLevelName(35, 'SEVERE-ISH')
lg.log(35, 'custom name')
for bad in ['INFO', 20.0, None]:
    try:
        lg.log(bad, 'bad level')
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
logging.raiseExceptions = False
lg.log('INFO', 'ignored silently')
print('no error')
logging.raiseExceptions = True
lg.fatal('fatal is critical')
lg.setLevel(logging.WARNING)
print([(name, getattr(lg, name)('call %s', name)) for name in ['debug', 'info', 'warning', 'error', 'critical']])
class Lvl(int):
    pass
lg.log(Lvl(40), 'int subclass level')
print(lg.isEnabledFor(Lvl(40)))
