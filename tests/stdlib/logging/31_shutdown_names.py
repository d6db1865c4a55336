# Handler names, close, shutdown and the module's list of handlers.
import logging, sys

class Tracked(logging.StreamHandler):
    def __init__(self, tag):
        super().__init__(sys.stdout)
        self.tag = tag
    def flush(self):
        print('flush', self.tag)
    def close(self):
        print('close', self.tag)
        super().close()

before = len(logging._handlerList)
a = Tracked('a')
b = Tracked('b')
print(len(logging._handlerList) - before)
print(a.name, a.get_name())
a.name = 'alpha'
print(a.name, 'alpha' in logging._handlers)
a.set_name('beta')
print(a.get_name(), 'alpha' in logging._handlers, 'beta' in logging._handlers)
a.close()
print('beta' in logging._handlers, a._closed)
b.name = 'gamma'
logging.shutdown([__import__('weakref').ref(a), __import__('weakref').ref(b)])
print('gamma' in logging._handlers)
c = Tracked('c')
del c
print(len(logging._handlerList) - before)

class Fails(logging.Handler):
    def emit(self, record):
        pass
    def flush(self):
        raise OSError('flush failed')
    def close(self):
        print('not reached')
f = Fails()
logging.shutdown([lambda: f])
class Bad(logging.Handler):
    def flush(self):
        raise RuntimeError('boom')
bad = Bad()
try:
    logging.shutdown([lambda: bad])
except RuntimeError as e:
    print(type(e).__name__, e)
logging.raiseExceptions = False
logging.shutdown([lambda: bad])
print('ignored')
logging.raiseExceptions = True
del bad, f, a, b
logging.shutdown([lambda: None])
h = logging.Handler()
h.acquire(); h.release()
with h.lock:
    print('lock usable as a context manager')
print(h.lock.acquire(), h.lock.release())
