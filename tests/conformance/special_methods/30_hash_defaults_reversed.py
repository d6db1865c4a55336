# A __hash__ result that fits a machine word is the hash itself; -1 becomes -2.
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return True


print(hash(H(12345678901234)), hash(H(-1)), hash(H("Hello".__hash__())) == hash("Hello"))
print(hash(H(2**70)) == hash(2**70), hash(H(True)))


# Lists of different lengths are unequal without comparing items; tuples compare items.
class Loud:
    def __eq__(self, other):
        print("  eq called")
        return True


print([Loud()] == [Loud(), Loud()], [Loud()] != [Loud(), Loud()])
print((Loud(),) == (Loud(), Loud()))


# __defaults__ and __kwdefaults__ can be replaced.
def f(a, b, *, c):
    return a, b, c


f.__defaults__ = (2,)
f.__kwdefaults__ = {"c": 3}
print(f(1), f.__defaults__, f.__kwdefaults__)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print("TypeError", e)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError", e)


# reversed() of a dict subclass; a module has object's methods.
class D(dict):
    pass


print(list(reversed(D(a=1, b=2))))
import math
print(type(math.__reduce_ex__).__name__, math.__sizeof__() > 0)
