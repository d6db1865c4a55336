import types
u = int | None
print(u, u.__args__, type(u), type(u).__module__, u.__parameters__)
print(int|int, int|str|int, (int|str)|(str|float), list[int]|None, None|int)
print(int|str == str|int, hash(int|str)==hash(str|int))
print(isinstance(3, int|str), issubclass(bool, int|None), isinstance(None, int|None))
try: isinstance(3, list[int]|None)
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
try: types.UnionType()
except TypeError as e: print(e)
try: print(int | 'x')
except TypeError as e: print(e)
class M(type): pass
class C(metaclass=M): pass
print(C | int)
print(type[int] | None)
def f(a: int | None = None) -> list[int] | dict[str, int]: pass
print(f.__annotations__)
