# Assigning __bases__: the checks, the new mro of the class and its subclasses.
class A: pass
class B: pass
class C(A): pass
class D(C): pass
for v in [[B], (), (1,), (D,), (int,), (B, A)]:
    try: C.__bases__ = v; print('ok', C.__mro__, D.__mro__, C.__bases__, '__bases__' in C.__dict__)
    except TypeError as e: print(e)
class X(A, B): pass
try: X.__bases__ = (B, A, B)
except TypeError as e: print(e)
print(A.__subclasses__(), B.__subclasses__())
class M: 
    def __getattr__(self, n): return 'dyn'
class P: pass
try:
    P.__bases__ = (M,)
except TypeError as e:
    print(e)


# A subclass's mro follows its base's new bases; lookups see the change at once.
class Base1:
    def who(self):
        return "Base1"


class Base2:
    def who(self):
        return "Base2"


class Mid(Base1):
    pass


class Leaf(Mid):
    pass


leaf = Leaf()
print(leaf.who())
Mid.__bases__ = (Base2,)
print(leaf.who(), Leaf.__mro__, Base1.__subclasses__(), Base2.__subclasses__())
try:
    Mid.__bases__ = (Leaf,)
except TypeError as e:
    print(e)
print(leaf.who())
