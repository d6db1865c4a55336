import os


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


class NoneFspath:
    __fspath__ = None


print(os.fspath('abc'), os.fspath(b'abc'), os.fspath(P('x/y')), os.fspath(P(b'raw')))
for arg in [1, None, P(3), P(None), [], NoneFspath()]:
    try:
        os.fspath(arg)
    except TypeError as e:
        print('TypeError', e)


class S(str):
    pass


s = os.fspath(S('sub'))
print(type(s).__name__, s)

print(issubclass(P, os.PathLike), isinstance(P('a'), os.PathLike))
print(issubclass(str, os.PathLike), issubclass(bytes, os.PathLike), isinstance(1, os.PathLike))
print(os.PathLike.__name__, os.PathLike.__module__, repr(os.PathLike))
print(os.PathLike[str])


class Concrete(os.PathLike):
    def __fspath__(self):
        return 'concrete'


print(os.fspath(Concrete()))
try:
    class Abstract(os.PathLike):
        pass
    Abstract()
except TypeError as e:
    print('TypeError', e)

print(os.fsencode('abc/déf'), os.fsencode(b'raw'), os.fsencode(P('p')))
print(os.fsdecode(b'abc/d\xc3\xa9f'), os.fsdecode('str'), os.fsdecode(P(b'pb')))
for f in (os.fsencode, os.fsdecode):
    try:
        f(1)
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
