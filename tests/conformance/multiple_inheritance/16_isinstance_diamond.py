class Top:
    pass
class L(Top):
    pass
class R(Top):
    pass
class Bottom(L, R):
    pass
class Other:
    pass
b = Bottom()
for cls in (Top, L, R, Bottom, Other, object):
    print(cls.__name__, isinstance(b, cls), issubclass(Bottom, cls), issubclass(cls, Bottom))
print(isinstance(b, (Other, R)), issubclass(L, (R, Other)), issubclass(L, (R, Top)))
print(isinstance(L(), R), issubclass(R, L), issubclass(Bottom, Bottom))
print(type(b) is Bottom, type(b).__mro__ == Bottom.__mro__)
