# logging.disable, the manager's disable level and a logger's disabled flag.
import logging, sys

lg = logging.getLogger('dis')
lg.propagate = False
lg.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
lg.addHandler(h)

print(logging.root.manager.disable)
logging.disable(logging.INFO)
print(logging.root.manager.disable, lg.isEnabledFor(20), lg.isEnabledFor(21))
lg.debug('d'); lg.info('i'); lg.warning('w')
logging.disable()
print(logging.root.manager.disable)
lg.error('e'); lg.critical('c'); lg.log(51, 'above critical')
logging.disable('WARNING')
lg.error('disabled by name, error passes')
logging.disable(logging.NOTSET)
lg.debug('all back')
for bad in ['NOPE', None]:
    try:
        logging.disable(bad)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
print(logging.root.manager.disable)
try:
    logging.Logger.manager.disable = 'loud'
except ValueError as e:
    print(type(e).__name__, e)
logging.Logger.manager.disable = 'DEBUG'
print(logging.Logger.manager.disable, logging.Logger.manager._disable)
logging.disable(0)

lg.disabled = True
lg.critical('logger disabled')
print(lg.isEnabledFor(50))
r = logging.LogRecord('dis', 50, 'f.py', 1, 'handled while disabled', (), None)
lg.handle(r)
lg.disabled = False
lg.handle(r)
h.handle(r)
