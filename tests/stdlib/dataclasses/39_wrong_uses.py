from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass


def attempt(label, fn):
    try:
        result = fn()
        print(label, 'ok', result)
    except Exception as e:
        print(label, type(e).__name__, e)


class K:
    x: int


attempt('positional option', lambda: dataclass(K, True))
attempt('unknown option', lambda: dataclass(bogus=1))
attempt('unknown option on class', lambda: dataclass(K, bogus=1))
attempt('not a class int', lambda: dataclass(5))
attempt('not a class str', lambda: dataclass('name'))
attempt('decorate function', lambda: dataclass(lambda: None))
attempt('field positional', lambda: field(1))
attempt('asdict kw factory', lambda: asdict(None, dict_factory=dict))
attempt('astuple bad factory', lambda: astuple(make_dataclass('T', ['a'])(1), tuple_factory=5))
attempt('asdict bad factory', lambda: asdict(make_dataclass('T', ['a'])(1), dict_factory=5))
attempt('replace kw obj', lambda: replace(obj=make_dataclass('T', ['a'])(1)))
attempt('make_dataclass no fields arg', lambda: make_dataclass('T'))
attempt('make_dataclass fields not iterable', lambda: make_dataclass('T', 5))
attempt('make_dataclass name not str', lambda: make_dataclass(5, ['a']))
attempt('make_dataclass bases not tuple', lambda: make_dataclass('T', ['a'], bases=5))
attempt('fields of field', lambda: fields(field()))
attempt('order without eq, undecorated', lambda: callable(dataclass(order=True, eq=False)))


@dataclass
class Twice:
    x: int


attempt('decorate twice', lambda: dataclass(Twice))
print(Twice(1), [f.name for f in fields(Twice)])


class Annotated:
    __annotations__ = {'a': int, 'b': str}
    b = 'default'


D = dataclass(Annotated)
print(D(1), D.__doc__)


class NonStrName:
    pass


NonStrName.__annotations__ = {'a b': int}
try:
    dataclass(NonStrName)
except SyntaxError as e:
    print('bad field name', type(e).__name__)
