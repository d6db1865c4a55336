# cast, assert_type, assert_never, reveal_type, TYPE_CHECKING, Text, dataclass_transform
import io
import sys
import typing
from typing import cast, assert_type, assert_never, reveal_type, dataclass_transform, List


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


obj = [1]
print(cast(int, "x"), cast(List[int], obj) is obj, cast("Foo", 3), cast(None, 1))
print(assert_type(5, str), assert_type(obj, List[int]) is obj)
t(lambda: assert_never(3))
t(lambda: assert_never("x" * 200))
t(lambda: assert_never(None))
t(lambda: assert_never())
t(lambda: cast(int))
t(lambda: assert_type(1))
saved, sys.stderr = sys.stderr, io.StringIO()
print(reveal_type(42), reveal_type("s") == "s", reveal_type(None), reveal_type(obj) is obj)
t(lambda: reveal_type())
captured, sys.stderr = sys.stderr.getvalue(), saved
print(captured)
print(typing.TYPE_CHECKING, typing.Text is str)


@dataclass_transform()
def model(cls):
    return cls


@dataclass_transform(eq_default=False, kw_only_default=True, field_specifiers=(int,), x=1)
class Base:
    pass


print(model.__dataclass_transform__)
print(Base.__dataclass_transform__)
t(lambda: dataclass_transform(1))
print(typing.assert_never.__annotations__)
print(typing.reveal_type.__annotations__)
print(typing.dataclass_transform.__annotations__)
print(typing.is_typeddict(dict), typing.is_typeddict(3))
