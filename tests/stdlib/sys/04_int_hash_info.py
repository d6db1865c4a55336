# sys.int_info (CPython's int representation) and sys.hash_info (the numeric hash).
import sys

i = sys.int_info
print(i)
print(i.bits_per_digit, i.sizeof_digit, i.default_max_str_digits, i.str_digits_check_threshold)
print(type(i).__name__, len(i), i[0] == i.bits_per_digit)
h = sys.hash_info
print(h)
print(type(h).__name__, len(h), h.width, h.algorithm, h.hash_bits, h.seed_bits, h.cutoff)
print(h.modulus == 2 ** 61 - 1, h.modulus == (1 << (h.width - 3)) - 1)
print(hash(float('inf')) == h.inf, hash(float('-inf')) == -h.inf, hash(complex(0, 1)) == h.imag)
print(hash(h.modulus) == 0, hash(h.modulus + 5) == 5, hash(-1) == -2, hash(2 ** 61) == 1)
print(hash(0.5) == (h.modulus + 1) // 2, hash(1.5) == hash(3 * ((h.modulus + 1) // 2) % h.modulus))
print(hash(complex(2, 3)) == hash(2) + 3 * h.imag)
print(sorted(n for n in dir(h) if not n.startswith('_')))
print(sorted(n for n in dir(i) if not n.startswith('_')))
