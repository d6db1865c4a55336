# slot conflicting with a class variable and other invalid slot specs
try:
    class C:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)

try:
    class D:
        __slots__ = ("x", "y")
        y = "default"
except ValueError as e:
    print(type(e).__name__, e)

try:
    class E:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class F:
        __slots__ = ("not valid",)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class G(int):
        __slots__ = ("x",)
except TypeError as e:
    print(type(e).__name__, e)

class H(tuple): __slots__ = ()
print(H((1, 2)), hasattr(H(), "__dict__"))

class Base: __slots__ = ("a",)
class Child(Base): a = "class attr"
print(Child.a, Child().a)
