# The type of sys.version_info: no new instances, read-only fields, a struct sequence's class
# attributes, pattern matching.
import copy
import sys

v = sys.version_info
T = type(v)
print(T, T.__name__, T.__module__, T.__qualname__)
print(T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, T.__match_args__)
for args in [(), ((3, 11, 7, 'final', 0),), (v,), (1, 2)]:
    try:
        T(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    copy.copy(v)
except TypeError as e:
    print(type(e).__name__, e)
for name in ['major', 'serial', 'other']:
    try:
        setattr(v, name, 4)
    except AttributeError as e:
        print(type(e).__name__, e)
    try:
        delattr(v, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    v.build
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(v, 'major'), hasattr(v, 'patch'), getattr(v, 'micro') == v[2])
print(sorted(n for n in dir(v) if not n.startswith('_')))
print(v.__reduce__()[0] is T, v.__reduce__()[1])
match v:
    case (3, minor, *rest):
        print('sequence pattern', minor, rest)
match v:
    case T(major=3, minor=11 as m, releaselevel=level):
        print('keyword pattern', m, level)
match v:
    case T(major, minor):
        print('positional pattern', major, minor)
