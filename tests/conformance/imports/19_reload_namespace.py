# importlib.reload runs the module again in the same namespace and returns the same object.
import sys
import importlib
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')

import reloadme
print(reloadme.count, reloadme.FIXED)
reloadme.extra = 'added by main'
del reloadme.FIXED
reloadme.count = 10
r = importlib.reload(reloadme)
print(r is reloadme, reloadme.count, reloadme.extra, reloadme.FIXED)
print(sys.modules['reloadme'] is reloadme)
from reloadme import count
importlib.reload(reloadme)
print(count, reloadme.count)
try:
    importlib.reload('reloadme')
except TypeError as e:
    print('TypeError:', e)
del sys.modules['reloadme']
try:
    importlib.reload(reloadme)
except ImportError as e:
    print('ImportError:', e)
import reloadme as fresh
print(fresh is reloadme, fresh.count)
