import enum
from enum import Flag, IntFlag


for n in (0, 1, 5, 10, 255, -1, -2, -11, -16, -256):
    print(n, enum.bin(n), enum.bin(n, 8), enum.bin(n, 2))
print(enum.show_flag_values(0), enum.show_flag_values(13), enum.show_flag_values(2 ** 70 + 1))
try:
    enum.show_flag_values(-3)
except ValueError as e:
    print(type(e).__name__, e)


class Perm(IntFlag):
    R = 4
    W = 2


print(enum.show_flag_values(Perm.R | Perm.W), enum.show_flag_values(Perm(0)))
print(enum._iter_bits_lsb.__name__ if hasattr(enum, '_iter_bits_lsb') else None)
