# Version guards as libraries write them, and sys.implementation's shape: name is a lower-case
# str, version is a version_info-like tuple, cache_tag a str or None.
import sys

if sys.version_info >= (3, 8):
    print('walrus ok')
if sys.version_info < (3, 11):
    print('old')
else:
    print('3.11+ features')
print(sys.version_info[:2] == (3, 11), sys.version_info.major == 3)
print((3, 11) <= sys.version_info < (3, 12), sys.version_info >= (3, 11, 0, 'alpha'))
print(tuple(sys.version_info)[:2], '.'.join(map(str, sys.version_info[:2])))
print(type(sys.version).__name__, sys.version.split()[0].count('.'), sys.version[:4])
impl = sys.implementation
print(type(impl).__name__, type(impl.name).__name__, impl.name == impl.name.lower())
print(type(impl.version).__name__, impl.version[:2] == sys.version_info[:2] or impl.name != 'cpython')
print(len(impl.version), impl.version.releaselevel in ('alpha', 'beta', 'candidate', 'final'))
print(impl.cache_tag is None or isinstance(impl.cache_tag, str), isinstance(impl.hexversion, int))
print(all(hasattr(impl, a) for a in ['name', 'version', 'hexversion', 'cache_tag']))
saved = impl.name
impl.name = 'other'
print('settable', impl.name, sys.implementation.name)
impl.name = saved
print(sys.implementation.name == saved, type(impl).__module__)
print(sys.version_info > (3,), sys.version_info < (4,), sys.version_info != (3, 11))
