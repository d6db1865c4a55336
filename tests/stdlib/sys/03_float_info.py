# sys.float_info describes the IEEE 754 double that float is.
import math
import sys

f = sys.float_info
print(f)
print(type(f).__name__, len(f), f.n_fields if hasattr(f, 'n_fields') else None)
print(f.max == f[0], f.epsilon == f[8], f.rounds == f[-1])
print(f.max * 2, -f.max * 2, f.max + 1 == f.max, math.isinf(f.max * 10))
print(1.0 + f.epsilon > 1.0, 1.0 + f.epsilon / 2 == 1.0, f.epsilon == 2.0 ** (1 - f.mant_dig))
print(f.min > 0, f.min / 2 > 0, f.min == 2.0 ** (f.min_exp - 1), f.max == (2 - f.epsilon) * 2.0 ** (f.max_exp - 1))
print(f.radix, f.dig, f.mant_dig, f.max_10_exp, f.min_10_exp, f.max_exp, f.min_exp)
print(float.fromhex('0x1.fffffffffffffp+1023') == f.max, (f.max).hex(), (f.min).hex())
print(sorted(n for n in dir(f) if not n.startswith('_')))
print(type(f).__match_args__)
try:
    f.max = 1.0
except AttributeError as e:
    print(type(e).__name__, e)
