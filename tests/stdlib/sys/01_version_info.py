# sys.version_info: a 5-tuple with named fields that compares as a tuple.
import sys

v = sys.version_info
print(v)
print(v.major, v.minor, v.micro, v.releaselevel, v.serial)
print(v[0], v[1], v[-1], v[-2], len(v))
print(v[:2], v[1:3], v[::2], v[:], type(v[:2]).__name__)
print(v >= (3, 11), v < (3, 12), v > (3,), v == (3, 11, 7, 'final', 0), v[:2] == (3, 11))
print(v >= (3, 11, 0), v < (4,), v != (3, 11), (3, 10) < v, (3, 11, 7) <= v)
print(tuple(v), list(v), isinstance(v, tuple), hash(v) == hash(tuple(v)))
print(v.index(11), v.count(0), 'final' in v, v + (1,), v * 1 == tuple(v))
major, minor, micro, level, serial = v
print(major, minor, micro, level, serial)
print(str(v) == repr(v), '%s.%s' % v[:2], '{0.major}.{0.minor}'.format(v))
print(sys.version.startswith('%d.%d.%d' % v[:3]))
print(sys.hexversion == (v.major << 24 | v.minor << 16 | v.micro << 8 | 0xF0 | v.serial))
print(sorted([(3, 12), v, (3, 11), (2, 7, 18)])[1:3])
print(max(v[:3]), sum(v[:3]), {v: 'key'}[tuple(v)])
try:
    v[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    v < 3
except TypeError as e:
    print(type(e).__name__)
