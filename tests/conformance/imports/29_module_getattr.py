# A module-level __getattr__ (PEP 562) supplies missing attributes, also to from-import.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')

import lazy_attrs
print(lazy_attrs.REAL, lazy_attrs.computed_speed)
from lazy_attrs import computed_size
print(computed_size)
print(getattr(lazy_attrs, 'nope', 'default'), hasattr(lazy_attrs, 'computed_x'))
try:
    lazy_attrs.nope
except AttributeError as e:
    print('AttributeError:', e)
try:
    from lazy_attrs import nope
except ImportError as e:
    print('ImportError:', str(e).replace(HERE, '<topic>'))
