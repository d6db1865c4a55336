# sys.flags: the command-line and environment options, as named fields (Cellar runs the
# corpus as python3 -X utf8 does; dont_write_bytecode depends on the environment, so it is
# not shown; nor is hash_randomization, which PYTHONHASHSEED sets).
import sys

fl = sys.flags
T = type(fl)
print(T.__name__, T.__module__, len(fl), T.n_fields)
names = T.__match_args__
print(names)
for n in names:
    if n not in ('dont_write_bytecode', 'hash_randomization'):
        print(n, repr(getattr(fl, n)), getattr(fl, n) == fl[names.index(n)])
print(repr(fl).startswith('sys.flags(debug=0, inspect=0, interactive=0, optimize=0, dont_write_bytecode='))
print([type(x).__name__ for x in fl])
for args in [(), (tuple(fl),)]:
    try:
        T(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    fl.optimize = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    fl.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
print(fl.optimize == 0 and not fl.debug, fl.hash_randomization in (0, 1))
