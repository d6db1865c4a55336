# float_info, int_info and hash_info's types can make new instances (from a sequence of the
# right length); version_info's and flags' cannot.
import sys

for t in [sys.float_info, sys.int_info, sys.hash_info, sys.version_info, sys.flags]:
    T = type(t)
    print(T.__name__, T.n_fields)
    for args, kw in [((tuple(t),), {}), ((), {}), ((5,), {}), ((range(3),), {}),
                     ((tuple(t), 5), {}), ((), {'sequence': list(t)}), ((tuple(t), {}), {}),
                     ((tuple(t),), {'dict': {}}), ((tuple(t), {}, 1), {})]:
        try:
            n = T(*args, **kw)
            print('  made', n == t, type(n) is T)
        except TypeError as e:
            print('  TypeError', e)
F = type(sys.float_info)
made = F(range(11))
print(made)
print(made.max, made.rounds, made[4], made.__reduce__())
H = type(sys.hash_info)
print(H(['w', 'm', 'i', 'n', 'im', 'alg', 'hb', 'sb', 'c']))
print(type(sys.int_info)((1, 2, 3, 4)).sizeof_digit)
