print('rel: __init__ start')
from .core import VERSION
from . import util
print('rel: __init__ end')
