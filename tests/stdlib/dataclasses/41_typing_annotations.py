import typing
from typing import ClassVar, Optional, List
from dataclasses import dataclass, field, fields


@dataclass
class C:
    a: int
    b: ClassVar[int] = 1
    c: typing.ClassVar = 2
    d: 'ClassVar[int]' = 3
    e: 'typing.ClassVar[str]' = 4
    f: List[int] = field(default_factory=list)
    g: Optional[int] = None
    h: typing.Any = None
    i: ClassVar[list] = []


print([f.name for f in fields(C)], list(C.__dataclass_fields__))
print(C.__dataclass_fields__['b']._field_type, C.__dataclass_fields__['d']._field_type)
print(C(1), C.b, C.i, C.__match_args__)
print(C.__doc__)
try:
    @dataclass
    class Bad:
        x: ClassVar[int] = field(default_factory=int)
except TypeError as e:
    print(type(e).__name__, e)
