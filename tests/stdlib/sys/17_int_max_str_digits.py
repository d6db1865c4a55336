# Python 3.11's limit on int <-> decimal str conversion: sys.get_int_max_str_digits /
# set_int_max_str_digits, the ValueError messages, and what is exempt (hex, small ints).
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
for f in [str, repr, lambda n: '%d' % n, lambda n: f'{n}']:
    try:
        f(big)
    except ValueError as e:
        print('ValueError', e)
try:
    int('1' * 5000)
except ValueError as e:
    print('ValueError', e)
print(len(hex(big)) > 4000, int('1' * 4300) % 7, len(str(10 ** 4299)))
print(int('f' * 5000, 16) > 0, len(bin(big)) > 1000)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)), int('7' * 5500) % 10)
try:
    str(10 ** 6000)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 7000)))
for bad in [1, 639, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, 'ValueError', e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10 ** 639)))
try:
    str(10 ** 640)
except ValueError as e:
    print('ValueError', e)
for bad in ['100', None]:
    try:
        sys.set_int_max_str_digits(bad)
    except TypeError as e:
        print('TypeError', e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
