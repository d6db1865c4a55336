import math
from greet import hello
visible = 'v'
_private = 'p'
__dunder_like__ = 'd'


def func():
    return 'func'


class Klass:
    pass
