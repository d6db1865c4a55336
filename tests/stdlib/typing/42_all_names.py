# Every public name is there, and `from typing import *` gives exactly __all__
import typing

print(len(typing.__all__), len(set(typing.__all__)))
missing = [n for n in typing.__all__ if not hasattr(typing, n)]
print("missing", missing)
ns = {}
exec("from typing import *", ns)
names = sorted(k for k in ns if k != '__builtins__')
print(names == sorted(typing.__all__))
for name in sorted(typing.__all__):
    obj = getattr(typing, name)
    kind = type(obj).__name__
    print(name, kind)
print('re' in typing.__all__, 'io' in typing.__all__, hasattr(typing, 're'))
print(typing.EXCLUDED_ATTRIBUTES)
for private in ('T', 'KT', 'VT', 'T_co', 'V_co', 'VT_co', 'T_contra', 'CT_co'):
    v = getattr(typing, private)
    print(private, v, v.__bound__, v.__module__)
