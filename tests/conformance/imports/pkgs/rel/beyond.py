print('rel.beyond: runs')
from .. import core
