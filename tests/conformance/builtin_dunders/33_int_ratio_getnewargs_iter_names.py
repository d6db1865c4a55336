# int.as_integer_ratio, __getnewargs__ of int and tuple, str iterator type names,
# bool's own slots against int's, docstrings of slot wrappers
class I(int):
    pass
class T(tuple):
    pass
print((5).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio())
print((10**30).as_integer_ratio(), I(4).as_integer_ratio(), type(I(4).as_integer_ratio()[0]).__name__)
print((5).__getnewargs__(), I(3).__getnewargs__(), type(I(3).__getnewargs__()[0]).__name__)
print((1, 2).__getnewargs__(), T((3,)).__getnewargs__(), type(T((3,)).__getnewargs__()[0]).__name__)
try:
    (5).as_integer_ratio(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(iter("abc")).__name__, type(iter("héllo")).__name__, type(iter("")).__name__)
it = iter("日本語")
print(next(it), it.__length_hint__(), list(it))
print(int.__and__(True, True), bool.__and__(True, True), int.__or__(False, False), bool.__xor__(True, True))
print(int.__repr__(False), bool.__repr__(False), int.__and__(True, 6), bool.__and__(True, 3))
print(int.__add__.__doc__, object.__repr__.__doc__)
print(tuple.__hash__.__doc__, float.__neg__.__doc__)
