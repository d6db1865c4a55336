# A single mapping argument (not only a dict) becomes the record's args for '%(key)s' messages.
import logging, collections, sys
from collections.abc import Mapping

class Config(Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

lg = logging.getLogger('maps')
lg.propagate = False
h = logging.StreamHandler(sys.stdout)
lg.addHandler(h)
od = collections.OrderedDict(k='v', n=2)
lg.warning('%(k)s and %(n)d', od)
cfg = Config(user='ann', id=7)
lg.warning('user %(user)s id %(id)s', cfg)
r = logging.LogRecord('n', 10, 'f.py', 1, '%(k)s', (od,), None)
print(r.args is od, r.getMessage())
r = logging.LogRecord('n', 10, 'f.py', 1, '%s', (Config(),), None)
print(type(r.args).__name__, len(r.args[0]))
dd = collections.defaultdict(lambda: 'default', a='A')
lg.warning('%(a)s %(b)s', dd)
cm = collections.ChainMap({'x': 1}, {'y': 2})
lg.warning('%(x)s %(y)s', cm)
