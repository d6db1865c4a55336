# The reprs of loggers, handlers and adapters.
import logging, sys, io

print(repr(logging.getLogger()))
print(repr(logging.getLogger('a.b')))
lg = logging.getLogger('r.x')
lg.setLevel(logging.INFO)
print(repr(lg), repr(logging.getLogger('r.x.y')))
logging.addLevelName(15, 'FINE')
lg.setLevel(15)
print(repr(lg))
lg.setLevel(17)
print(repr(lg))

print(repr(logging.StreamHandler(sys.stdout)))
print(repr(logging.StreamHandler(sys.stderr)))
print(repr(logging.StreamHandler()))
print(repr(logging.StreamHandler(io.StringIO())))
class Named:
    name = 'mystream'
    def write(self, s): pass
class NumName:
    name = 42
print(repr(logging.StreamHandler(Named())), repr(logging.StreamHandler(NumName())))
h = logging.StreamHandler(sys.stdout)
h.setLevel('ERROR')
print(repr(h))
print(repr(logging.Handler()), repr(logging.NullHandler()), repr(logging.Handler(logging.INFO)))
print(repr(logging.lastResort))
print(repr(logging.LoggerAdapter(lg, {})))
class MyLogger(logging.Logger):
    pass
print(repr(MyLogger('custom')))
print(repr(logging.Filter('abc')).startswith('<logging.Filter object'))
print(logging.StreamHandler[int], logging.LoggerAdapter[str])
