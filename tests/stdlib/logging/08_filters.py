# Filter names, callable filters, and filters on loggers and on handlers.
import logging, sys

def rec(name):
    return logging.LogRecord(name, 20, 'f.py', 1, 'm', (), None)

for fname in ['', 'a', 'a.b', 'a.b.c']:
    f = logging.Filter(fname)
    print(repr(fname), f.nlen, [f.filter(rec(n)) for n in ['a', 'a.b', 'a.bc', 'a.b.c', 'b.a.b', 'ab', 'a.b.c.d']])
print(logging.Filter().name == '', logging.Filter('x').filter(rec('x')))

lg = logging.getLogger('flt')
lg.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s:%(message)s'))
lg.addHandler(h)

def no_secrets(record):
    return 'secret' not in record.getMessage()
lg.addFilter(no_secrets)
lg.addFilter(no_secrets)
print(len(lg.filters))
lg.warning('public')
lg.warning('secret stuff')

class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper()
        return True
u = Upper()
h.addFilter(u)
lg.warning('changed by the handler filter')
print(h.filters == [u])

class Zero:
    def filter(self, record):
        return 0
z = Zero()
h.addFilter(z)
lg.warning('dropped')
print(h.handle(rec('x')), lg.filter(rec('x')))
h.removeFilter(z)
h.removeFilter(z)
print(h.handle(logging.makeLogRecord({'msg': 'handled directly', 'name': 'direct'})))
lg.removeFilter(no_secrets)
lg.warning('secret now allowed')

f = logging.Filterer()
print(f.filters, f.filter(rec('x')))
f.addFilter(lambda r: r.name.startswith('ok'))
print(f.filter(rec('ok.1')), f.filter(rec('bad')))
f.addFilter(42)
try:
    f.filter(rec('ok'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    logging.Filter('a.b').filter(rec('a.'))
except IndexError as e:
    print(type(e).__name__, e)
print(logging.Filter('a.b').filter(rec('a.b.')))
