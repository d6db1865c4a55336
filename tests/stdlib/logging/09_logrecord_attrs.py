# LogRecord: its attributes, getMessage and the single-mapping-argument rule.
import logging

r = logging.LogRecord('rec.name', logging.WARNING, '/some/dir/module_file.py', 42,
                      'hello %s and %d', ('x', 5), None, 'func', None)
keys = ['name', 'msg', 'args', 'levelname', 'levelno', 'pathname', 'filename', 'module',
        'exc_info', 'exc_text', 'stack_info', 'lineno', 'funcName', 'threadName', 'processName']
for k in keys:
    print(k, repr(getattr(r, k)))
print(list(r.__dict__))
print(r.getMessage(), repr(r))
print(type(r.created).__name__, type(r.msecs).__name__, r.msecs == int(r.msecs), 0 <= r.msecs < 1000)
print(type(r.relativeCreated).__name__, r.relativeCreated >= 0)
print(type(r.thread).__name__)

for path in ['plain.py', 'dir/sub/archive.tar.gz', '.hidden', '..dots', 'dir/.rc.py', 'noext', '', 'a/b/', '/x/y/z.']:
    r = logging.LogRecord('n', 10, path, 1, 'm', (), None)
    print(repr(path), repr(r.filename), repr(r.module))
for path in [None, 5]:
    r = logging.LogRecord('n', 10, path, 1, 'm', (), None)
    print(repr(path), repr(r.filename), repr(r.module))

d = {'a': 1, 'b': 'two'}
r = logging.LogRecord('n', 10, 'f.py', 1, '%(a)s-%(b)s', (d,), None)
print(r.args is d, r.getMessage())
r = logging.LogRecord('n', 10, 'f.py', 1, 'empty %s', ({},), None)
print(r.args, r.getMessage())
r = logging.LogRecord('n', 10, 'f.py', 1, '%s %s', (d, d), None)
print(type(r.args).__name__, r.getMessage())
r = logging.LogRecord('n', 10, 'f.py', 1, 'no args', [], None)
print(r.args, r.getMessage())
r = logging.LogRecord('n', 10, 'f.py', 1, 12345, None, None)
print(repr(r.getMessage()))
r = logging.LogRecord('n', 10, 'f.py', 1, ['list', 'msg'], (), None)
print(r.getMessage(), repr(r))
r = logging.LogRecord('n', 999, 'f.py', 1, 'x', (), None, extra_kw=1)
print(r.levelname, hasattr(r, 'extra_kw'))
r = logging.LogRecord('n', 10, 'f.py', 1, '%d items', ('many',), None)
try:
    r.getMessage()
except TypeError as e:
    print(type(e).__name__, e)
r = logging.LogRecord('n', 10, 'f.py', 1, 'too few %s %s', ('one',), None)
try:
    r.getMessage()
except TypeError as e:
    print(type(e).__name__, e)
