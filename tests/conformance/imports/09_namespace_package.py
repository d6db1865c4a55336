# A folder without __init__.py is a namespace package; its portions may be in several folders.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/ns2')
sys.path.insert(0, HERE + '/ns1')

import nsdemo
print(nsdemo.__name__, repr(nsdemo.__package__), getattr(nsdemo, '__file__', None))
print(repr(nsdemo.__doc__), hasattr(nsdemo, '__path__'))
print(len(list(nsdemo.__path__)))
print([p.replace(HERE, '<topic>') for p in nsdemo.__path__])
import nsdemo.part_one
from nsdemo import part_two
print(nsdemo.part_one.ONE, part_two.TWO, nsdemo.part_two is part_two)
print(part_two.__file__.replace(HERE, '<topic>'))
import nsdemo.inner.leaf
print(nsdemo.inner.leaf.LEAF, nsdemo.inner.__name__)
print([p.replace(HERE, '<topic>') for p in nsdemo.inner.__path__])
print(sorted(k for k in sys.modules if k.startswith('nsdemo')))
