from dataclasses import dataclass, field, fields, Field, MISSING, InitVar, KW_ONLY


def show(obj):
    text = repr(obj).replace(repr(MISSING), 'MISSING')
    print(text)


@dataclass
class C:
    a: int
    b: str = 'x'
    c: list = field(default_factory=list, repr=False, metadata={'m': 1})
    d: 'float' = field(default=1.0, hash=True, compare=False)
    _: KW_ONLY
    e: int = 0
    i: InitVar[int] = 3


for f in C.__dataclass_fields__.values():
    show(f)

raw = field(default=5, kw_only=True)
show(raw)
print(type(raw).__name__, isinstance(raw, Field))
print(Field.__slots__)
show(C.__dataclass_params__)
print(type(C.__dataclass_params__).__name__)
print(repr(MISSING).startswith('<dataclasses._MISSING_TYPE object at '))
print(repr(KW_ONLY).startswith('<dataclasses._KW_ONLY_TYPE object at '))
print(type(MISSING).__name__, type(KW_ONLY).__name__)
print(fields(C)[0]._field_type, C.__dataclass_fields__['i']._field_type)

f = field()
f.default = f
show(f)


class Odd:
    def __repr__(self):
        return '<odd>'


show(field(default=Odd(), default_factory=MISSING))
