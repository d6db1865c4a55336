import types
from enum import Enum, Flag


class Color(Enum):
    RED = 1
    GREEN = 2
    ROUGE = 1


m = Color.__members__
print(type(m).__name__, isinstance(m, types.MappingProxyType))
print(m)
print(len(m), list(m.keys()), list(m.values()))
print(m == dict(m), 'ROUGE' in m, m['ROUGE'])
try:
    m['BLUE'] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    del m['RED']
except TypeError as e:
    print(type(e).__name__, e)
print(Color.__members__ is Color.__members__, Color.__members__ == Color.__members__)
print(Color._member_map_ == dict(m), Color._member_names_, Color._value2member_map_)


class Perm(Flag):
    R = 1
    W = 2
    RW = 3


print(Perm.__members__)
_ = Perm.R | Perm.W
_ = Perm(0)
print(sorted(Perm._value2member_map_))
print(Perm.__members__)
