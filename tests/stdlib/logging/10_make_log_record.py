# makeLogRecord and the record factory.
import logging, sys

r = logging.makeLogRecord({'msg': 'made %s', 'args': ('here',), 'levelno': 40, 'custom': [1]})
print(r.getMessage(), r.levelno, r.levelname, r.custom, r.name, repr(r.pathname), r.lineno)
print(repr(r.filename), repr(r.module), r.funcName, r.exc_info, r.args)
print(repr(logging.makeLogRecord({})))
print(logging.getLogRecordFactory() is logging.LogRecord)

class Tagged(logging.LogRecord):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tag = 'T'

calls = []
def factory(*args, **kwargs):
    calls.append((args[0], args[1], len(args), sorted(kwargs)))
    return Tagged(*args, **kwargs)

logging.setLogRecordFactory(factory)
print(logging.getLogRecordFactory() is factory)
lg = logging.getLogger('fac')
lg.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[%(tag)s] %(name)s %(message)s'))
lg.addHandler(h)
lg.warning('through the factory')
print(calls)
r = logging.makeLogRecord({'msg': 'x'})
print(type(r).__name__, r.tag)
logging.setLogRecordFactory(logging.LogRecord)
h.setFormatter(logging.Formatter('%(name)s %(message)s %(tag)s', defaults={'tag': '-'}))
lg.warning('back to plain records? %s', 'yes')
