class S:
    __slots__ = ('a',)
print(repr(S.a), repr(complex.real), type(complex.real) is type(S.a))
print(-complex(1,2))
class CC(complex): pass
print(-CC(1, 2), abs(CC(3,4)), CC(1,2) + 1, CC(1,2) == 1+2j, hash(CC(1,0)) == hash(1))
