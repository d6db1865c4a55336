# The generated __doc__ of a dataclass whose own __init__ (or metaclass __call__) takes
# *args and **kwargs: the signature text shows them.
from dataclasses import dataclass


@dataclass
class OwnInit:
    x: int = 0

    def __init__(self, q, /, r: int = 3, *args, s, t: 'T' = None, **kw) -> None:
        local = 1


print(OwnInit.__doc__)


@dataclass
class OnlyKw:
    def __init__(self, **options):
        pass


print(OnlyKw.__doc__)


@dataclass
class OnlyArgs:
    def __init__(*args):
        pass


print(OnlyArgs.__doc__)


class Meta(type):
    def __call__(cls, *args, **kwargs):
        return super().__call__(*args, **kwargs)


@dataclass
class WithMeta(metaclass=Meta):
    x: int


print(WithMeta.__doc__)
