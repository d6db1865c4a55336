# sys.intern returns the canonical copy of a string: equal strings built at run time become
# the same object after interning; only exact str is accepted.
import sys

a = ''.join(['data', '_', 'frame'])
b = 'data_' + str('frame')
print(a == b, a is b)
ia, ib = sys.intern(a), sys.intern(b)
print(ia == a, ia is ib, sys.intern(ia) is ia)
print(sys.intern('data_frame') is ia)
keys = [sys.intern('col%d' % (i % 3)) for i in range(9)]
print(keys[0] is keys[3] is keys[6], keys[1] is keys[4], keys[0] is keys[1])
print(len({id(k) for k in keys}))
s = sys.intern('x' * 1000)
print(s is sys.intern('x' * 1000), len(s))
print(sys.intern('') == '', sys.intern('naïve €') == 'naïve €', type(sys.intern('q')).__name__)


class MyStr(str):
    pass


for bad in [b'bytes', 1, None, MyStr('sub')]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    sys.intern()
except TypeError as e:
    print('TypeError', e)
try:
    sys.intern('a', 'b')
except TypeError as e:
    print('TypeError', e)
d = {sys.intern(a): 1}
print(d[b], d['data_frame'])
