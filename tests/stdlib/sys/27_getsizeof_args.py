# sys.getsizeof's argument handling: one object and an optional default, positional or by
# keyword; wrong calls raise TypeError. Sizes themselves are only compared.
import sys

print(sys.getsizeof([1, 2, 3]) == sys.getsizeof([1, 2, 3], None))
print(sys.getsizeof('abc', 0) == sys.getsizeof('abc'))
print(sys.getsizeof(object=5) == sys.getsizeof(5), sys.getsizeof(5, default=1) == sys.getsizeof(5))
for args, kw in [((), {}), ((1, 2, 3), {}), ((), {'default': 1}), ((1,), {'bogus': 2}),
                 ((1,), {'object': 1})]:
    try:
        sys.getsizeof(*args, **kw)
        print(args, kw, 'ok')
    except TypeError as e:
        print(args, kw, 'TypeError', e)
sizes = {name: sys.getsizeof(obj) for name, obj in
         [('int', 0), ('float', 0.0), ('str', ''), ('list', []), ('dict', {})]}
print(sorted(sizes), all(isinstance(v, int) and v > 0 for v in sizes.values()))
