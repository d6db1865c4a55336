class Tagged:
    def __init_subclass__(cls, tag="none", **kwargs):
        print("Tagged", cls.__name__, tag, sorted(kwargs))
        super().__init_subclass__(**kwargs)
        cls.tag = tag


class A(Tagged, tag="x"):
    pass


class B(Tagged):
    pass


class C(A, tag="y"):
    pass


print(A.tag, B.tag, C.tag)


class Layered(Tagged):
    def __init_subclass__(cls, level=0, **kwargs):
        print("Layered", cls.__name__, level)
        super().__init_subclass__(**kwargs)
        cls.level = level


class D(Layered, level=2, tag="deep"):
    pass


print(D.tag, D.level)
try:
    class E(Tagged, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
