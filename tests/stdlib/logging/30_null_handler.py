# NullHandler: a library's handler that swallows records.
import logging, sys, io

lib = logging.getLogger('library')
nh = logging.NullHandler()
lib.addHandler(nh)
err = io.StringIO()
real = sys.stderr
sys.stderr = err
lib.error('swallowed')
sys.stderr = real
print(repr(err.getvalue()), nh.lock, nh.level)
r = logging.LogRecord('x', 50, 'f.py', 1, 'm', (), None)
print(nh.handle(r), nh.emit(r), nh.filter(r))
nh.addFilter(lambda rec: False)
print(nh.handle(r))
nh.acquire()
nh.release()
nh.createLock()
print(nh.lock)
app = logging.StreamHandler(sys.stdout)
logging.getLogger().addHandler(app)
lib.error('reaches the application handler')
print(lib.hasHandlers(), repr(nh))
