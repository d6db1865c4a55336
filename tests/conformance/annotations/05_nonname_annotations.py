x: "str" = 'a'
y: list[int] = []
z: dict[str, list[int]]
u: int | None = None
t: tuple[int, ...] = ()
n: None
lit: 42
call: len('abc')
print(repr(__annotations__['x']))
print(repr(__annotations__['y']))
print(repr(__annotations__['z']))
print(repr(__annotations__['u']))
print(repr(__annotations__['t']))
print(repr(__annotations__['n']), repr(__annotations__['lit']), repr(__annotations__['call']))
print(type(__annotations__['y']).__name__, type(__annotations__['u']).__name__)
print(list(__annotations__))

def f(a: list[int], b: 'dict[str, int]', c: type[int] | str) -> list[tuple[int, str]]:
    pass

for k, v in f.__annotations__.items():
    print(k, repr(v))
