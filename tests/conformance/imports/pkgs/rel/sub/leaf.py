print('rel.sub.leaf: start')
from . import sibling
from .sibling import NAME
from .. import util
from ..core import VERSION
from ..sub2.deep import DEPTH
from .. import sub2
REPORT = [sibling.NAME, NAME, util.double(21), VERSION, DEPTH, sub2.__name__, __name__, __package__]
print('rel.sub.leaf: end')
