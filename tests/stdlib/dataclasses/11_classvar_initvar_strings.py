# ClassVar detection goes through sys.modules['typing']; this program installs a small
# stand-in for it so the run does not depend on a real typing module.
import sys
import types
import dataclasses
import dataclasses as dc
from dataclasses import dataclass, fields, InitVar

fake = types.ModuleType('typing')


class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, item):
        return _GenericAlias(self, item)


class _GenericAlias:
    def __init__(self, origin, arg):
        self.__origin__ = origin
        self.arg = arg

    def __repr__(self):
        return f'{self.__origin__!r}[{self.arg.__name__}]'


ClassVar = _SpecialForm('ClassVar')
fake.ClassVar = ClassVar
fake._GenericAlias = _GenericAlias
_SpecialForm.__module__ = 'typing'
_GenericAlias.__module__ = 'typing'
typing = fake
saved = sys.modules.get('typing')
sys.modules['typing'] = fake
try:
    @dataclass
    class C:
        a: int
        count: ClassVar[int] = 0
        plain: ClassVar = 'p'
        s1: 'ClassVar[int]' = 1
        s2: 'typing.ClassVar[int]' = 2
        s3: ' typing . ClassVar' = 3
        s4: 'Other[int]' = 4
        iv: 'InitVar[int]' = 5
        iv2: 'dataclasses.InitVar[int]' = 6
        iv3: 'dc.InitVar' = 7
        notiv: 'Missing.InitVar[int]' = 8

    print([f.name for f in fields(C)])
    print({name: f._field_type for name, f in C.__dataclass_fields__.items()})
    print(C.__match_args__)
    print(C(1, iv=0))
    print(C.count, C.plain, C.s1, C.s2, C.s3)
    print(C.__init__.__defaults__)

    try:
        @dataclass
        class D:
            x: ClassVar[list] = []
        print('ClassVar list default ok', D.x, D())
    except ValueError as e:
        print(type(e).__name__, e)

    try:
        @dataclass
        class E:
            x: ClassVar[int] = dataclasses.field(default_factory=int)
    except TypeError as e:
        print(type(e).__name__, e)

    try:
        @dataclass
        class F:
            x: ClassVar[int] = dataclasses.field(default=1, kw_only=True)
    except TypeError as e:
        print(type(e).__name__, e)

    try:
        @dataclass
        class G:
            x: ClassVar[int] = dataclasses.field(default=1, kw_only=False)
    except TypeError as e:
        print(type(e).__name__, e)

    @dataclass
    class H:
        x: ClassVar[int] = dataclasses.field(default=1, repr=False)
        y: int = 2

    print(H.x, H(), H.__dataclass_fields__['x'].kw_only is dataclasses.MISSING)
finally:
    if saved is None:
        del sys.modules['typing']
    else:
        sys.modules['typing'] = saved
