# extra= adds record attributes; it may not overwrite the record's own.
import logging, sys

lg = logging.getLogger('extra')
lg.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(message)s user=%(user)s ip=%(ip)s'))
lg.addHandler(h)
lg.warning('login', extra={'user': 'ann', 'ip': '10.0.0.1'})
for key in ['message', 'asctime', 'msg', 'name', 'levelno', 'lineno', 'args', 'funcName', 'process']:
    try:
        lg.warning('clash', extra={key: 1})
    except KeyError as e:
        print(type(e).__name__, e)
lg.warning('empty extra %s', 'ok', extra={'user': None, 'ip': 0})
captured = []
class Keep(logging.Handler):
    def emit(self, record):
        captured.append(record)
lg.addHandler(Keep())
lg.warning('keys kept', extra={'user': 'u', 'ip': 'i', 'zz': 1, 'aa': 2})
print(list(captured[-1].__dict__)[-5:])
r = lg.makeRecord('made', 30, 'fn.py', 3, 'msg %s', ('a',), None, 'func', {'user': 'x'}, 'stack')
print(r.name, r.levelname, r.filename, r.lineno, r.getMessage(), r.funcName, r.user, r.stack_info)
r = lg.makeRecord('made', 30, 'fn.py', 3, 'msg', (), None)
print(r.funcName, r.stack_info)
try:
    lg.makeRecord('made', 30, 'fn.py', 3, 'msg', (), None, extra=5)
except TypeError as e:
    print(type(e).__name__, e)
