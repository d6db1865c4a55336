# Handler: level, formatter, filters, handle's result, emit and the lock methods.
import logging, sys

class ListHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

h = ListHandler('INFO')
print(h.level, h.formatter, h.filters, h.name, h.lock is not None)
r = logging.LogRecord('hb', 30, 'f.py', 1, 'raw %s', ('msg',), None)
print(h.handle(r), h.records)
h.setFormatter(logging.Formatter('<%(message)s>'))
h.handle(r)
print(h.records)
h.addFilter(lambda rec: rec.levelno > 40)
print(h.handle(r), h.records[-1])
h.setLevel(logging.DEBUG)
print(h.level)
try:
    h.setLevel('NOPE')
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.Handler(level=None)
except TypeError as e:
    print(type(e).__name__, e)
base = logging.Handler()
try:
    base.emit(r)
except NotImplementedError as e:
    print(type(e).__name__, e)
print(base.format(r), base.flush(), base.close())
base.setFormatter(None)
print(base.format(logging.makeLogRecord({'msg': 'default formatter'})))
print(logging._defaultFormatter._fmt)
lg = logging.getLogger('hb')
lg.propagate = False
lg.addHandler(h)
lg.error('below filter')
lg.critical('passes filter')
print(h.records)
high = ListHandler(logging.CRITICAL)
lg.addHandler(high)
lg.error('under the handler level')
print(high.records)
