# TypedDict called as a function
import io
import sys
from typing import TypedDict, NotRequired, Required, is_typeddict, List


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


Movie = TypedDict('Movie', {'title': str, 'year': int})
print(Movie, Movie.__annotations__, Movie.__total__, Movie.__module__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(Movie(title="x", year=1), is_typeddict(Movie))
Opt = TypedDict('Opt', {'a': int, 'b': Required[str], 'c': NotRequired[List[int]]},
                total=False)
print(Opt.__total__, sorted(Opt.__required_keys__), sorted(Opt.__optional_keys__))
print(Opt.__annotations__)
# (the keyword form warns of its deprecation on stderr: set aside here)
saved, sys.stderr = sys.stderr, io.StringIO()
Kw = TypedDict('Kw', x=int, y=str)
sys.stderr = saved
print(Kw.__annotations__, sorted(Kw.__required_keys__))
Odd = TypedDict('Odd', {'class': int, 'with space': str, 'fwd': 'Later'})
print(Odd.__annotations__)
print(Odd(**{'class': 1}))
Empty = TypedDict('Empty', {})
print(Empty.__annotations__, Empty())
t(lambda: TypedDict('X', {'a': int}, b=str))
t(lambda: TypedDict('X', {'a': 3}))
t(lambda: TypedDict('X', {'a': (int,)}))
t(lambda: TypedDict('X', [('a', int)]).__annotations__)
t(lambda: TypedDict('X'))
t(lambda: TypedDict())
t(lambda: TypedDict('X', {'a': int}, total=False).__optional_keys__)
t(lambda: type(TypedDict).__name__)
t(lambda: isinstance({}, Movie))
