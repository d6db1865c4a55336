# sys.modules is the cache: remove an entry and the next import runs the module again;
# put any object there and import returns it.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')

import greet
old = greet
del sys.modules['greet']
print('old still usable:', old.hello('old'))
import greet
print(greet is old, greet.hello is old.hello, greet.hello('new'))
print(sys.modules['greet'] is greet)


class Config:
    debug = True
    level = 3


sys.modules['config'] = Config()
import config
from config import debug, level
print(type(config).__name__, debug, level)
sys.modules['blocked'] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, '| name =', e.name)
