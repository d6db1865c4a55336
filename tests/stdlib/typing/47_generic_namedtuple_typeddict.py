# Generic NamedTuple and generic TypedDict (new in 3.11)
from typing import NamedTuple, TypedDict, Generic, TypeVar, List

T = TypeVar('T')


class Group(NamedTuple, Generic[T]):
    key: T
    members: List[T]


g = Group(1, [1, 2])
print(g, Group.__parameters__, Group.__bases__, Group.__mro__)
print(Group[int], Group[int].__args__, Group[str](key="a", members=[]))


class Box(TypedDict, Generic[T]):
    item: T


print(Box.__parameters__, Box.__bases__, Box.__mro__, Box[int])
print(Box(item=3), sorted(Box.__required_keys__))
