# overload, get_overloads, clear_overloads and the final decorator
from typing import overload, get_overloads, clear_overloads, final, Union


@overload
def area(x: int) -> int:
    ...


@overload
def area(x: str) -> str:
    ...


def area(x: Union[int, str]):
    return x * 2


print(area(3), area("ab"))
ovs = get_overloads(area)
print(len(ovs), [o.__annotations__ for o in ovs])
try:
    ovs[0](1)
except NotImplementedError as e:
    print(type(e).__name__, e)


class K:
    @overload
    def m(self, x: int) -> int:
        ...

    @overload
    def m(self, x: str) -> str:
        ...

    def m(self, x):
        return x

    @overload
    @classmethod
    def c(cls, x: int) -> int:
        ...

    @classmethod
    def c(cls, x):
        return x


print(K().m(1), len(get_overloads(K.m)), len(get_overloads(K.c)), K.c(2))
print(get_overloads(print), get_overloads(lambda: 0))
dummy = overload(area)
print(dummy.__name__, overload(len).__name__)
clear_overloads()
print(get_overloads(area), get_overloads(K.m))


@final
class Leaf:
    @final
    def done(self):
        return "done"


print(Leaf.__final__, Leaf.done.__final__, Leaf().done())
print(final(3), final(int) is int, hasattr(int, '__final__'))


class Slotted:
    __slots__ = ()


print(final(Slotted()).__class__.__name__)


class Sub(Leaf):
    pass


print(Sub.__final__, '__final__' in Sub.__dict__)
