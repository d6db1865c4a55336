# from . import x, from .x import y, from .. import z, from ..a.b import c inside a package.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/pkgs')

import rel.sub.leaf as leaf
print(leaf.REPORT)
import rel
print(rel.VERSION, rel.util.double(5), rel.core.VERSION)
print(sorted(k for k in sys.modules if k.startswith('rel')))
print(rel.sub.sibling is sys.modules['rel.sub.sibling'])
