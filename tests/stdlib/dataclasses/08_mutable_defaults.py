from dataclasses import dataclass, field


class Unhashable:
    __hash__ = None


class HashableList(list):
    def __hash__(self):
        return 0


for default in ([], {}, set(), bytearray(), Unhashable(), (), frozenset(), HashableList(), 0, None):
    try:
        ns = {'__annotations__': {'x': object}, 'x': default}
        cls = dataclass(type('C', (), ns))
        print('accepted', type(default).__name__, cls().x == default)
    except ValueError as e:
        print(type(e).__name__, e)

try:
    @dataclass
    class Later:
        a: int = 0
        b: list = field(default=[1])
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class NotAField:
        a: int = 0
        b = []
    print('unannotated list ok', NotAField.b, NotAField())
except ValueError as e:
    print(type(e).__name__, e)


class Parent:
    items = []


try:
    @dataclass
    class FromParent(Parent):
        items: list
except ValueError as e:
    print(type(e).__name__, e)


class SlotParent:
    __slots__ = ('items',)


@dataclass
class FromSlotParent(SlotParent):
    items: list


print(FromSlotParent([1]))
try:
    FromSlotParent()
except TypeError as e:
    print(type(e).__name__, e)
