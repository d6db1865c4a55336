class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
class BadIter:
    def __iter__(self):
        return [1, 2]
class NoLen:
    pass
for f in [lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: iter(BadIter()), lambda: len(NoLen()), lambda: NoLen()[0], lambda: list(NoLen()), lambda: 1 in NoLen()]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return 2.5
try:
    len(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
