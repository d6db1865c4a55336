# TypedDict with the class syntax: totality, inheritance, Required/NotRequired
from typing import TypedDict, Required, NotRequired, List, Annotated, is_typeddict


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    title: str
    rating: Required[float]


class Sequel(Movie, total=False):
    previous: str
    extra: Required[List[int]]


class Marked(TypedDict):
    a: NotRequired[int]
    b: Annotated[NotRequired[str], "meta"]
    c: int


for cls in (Movie, Partial, Sequel, Marked):
    print(cls.__name__, cls.__total__, sorted(cls.__required_keys__),
          sorted(cls.__optional_keys__))
    print('  ', cls.__annotations__)
    print('  ', cls.__bases__, cls.__mro__, type(cls).__name__, cls.__module__)

m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, m == {"title": "Blade Runner", "year": 1982})
print(Movie(), Movie({'a': 1}), Movie([('x', 1)], y=2))
print(Sequel(title="x"))
print(is_typeddict(Movie), is_typeddict(Sequel), is_typeddict(dict), is_typeddict(m))
for f in (lambda: isinstance(m, Movie), lambda: issubclass(dict, Movie)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)

try:
    class Bad(Movie, dict):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(TypedDict):
        x: (int, str)
except TypeError as e:
    print(type(e).__name__, e)


class Fwd(TypedDict):
    node: "Fwd"
    items: "List[int]"


print(Fwd.__annotations__)
