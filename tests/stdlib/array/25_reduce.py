import array
import pickle

a = array.array('i', [1, 2])
r = a.__reduce_ex__(3)
print(len(r), r[0].__name__, r[1][0] is array.array, r[1][1], r[1][2], r[1][3], r[2])
r2 = a.__reduce_ex__(2)
print(r2[0] is array.array, r2[1], r2[2])
print(a.__reduce_ex__(1)[1])
for tc in "bBuhHiIlLqQfd":
    x = array.array(tc, 'ab' if tc == 'u' else [1, 2])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        y = pickle.loads(pickle.dumps(x, proto))
        assert y == x and y.typecode == tc, (tc, proto)
print('pickle ok')
print(pickle.loads(pickle.dumps(array.array('d', [0.5]))))
print(array.array('u', 'z').__reduce_ex__(3)[1][1:])
