import reprlib


class Broken:
    def __repr__(self):
        raise RuntimeError("broken repr")


r = reprlib.Repr()
s = r.repr(Broken())
print(s.startswith("<Broken instance at 0x"), s.endswith(">"))
s = r.repr([Broken()])
print(s.startswith("[<Broken instance at 0x"))


class KeyboardRepr:
    def __repr__(self):
        raise KeyboardInterrupt


try:
    r.repr(KeyboardRepr())
except KeyboardInterrupt:
    print("KeyboardInterrupt propagates")

try:
    reprlib.Repr(1)
except TypeError as e:
    print("TypeError", e)
try:
    reprlib.repr()
except TypeError as e:
    print("TypeError", e)

r.maxlist = "x"
try:
    r.repr([1, 2])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
r = reprlib.Repr()
r.maxlevel = None
try:
    r.repr([1])
except TypeError as e:
    print("TypeError", e)


# len() failing: _repr_iterable needs the length
class BadLen(list):
    pass


BadLen.__name__ = "list"
bl = BadLen([1, 2, 3])
print(reprlib.Repr().repr(bl))
try:
    reprlib.recursive_repr()(5)
except AttributeError as e:
    print("AttributeError", e)
