# Constants of sys about the platform and the build.
import sys

print(sys.byteorder, sys.byteorder in ('little', 'big'))
print(int.from_bytes(b'\x01\x00', sys.byteorder) == 1)
print(sys.maxunicode, hex(sys.maxunicode), len(chr(sys.maxunicode)))
try:
    chr(sys.maxunicode + 1)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.platform, sys.platform.startswith('linux'))
print(hex(sys.hexversion), type(sys.hexversion).__name__, sys.hexversion >> 24, (sys.hexversion >> 16) & 0xFF)
print(sys.api_version, type(sys.api_version).__name__)
print(sys.float_repr_style, repr(0.1), repr(1 / 3), str(1e16), repr(2.5e-7))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.maxsize + 1 > sys.maxsize, len(range(sys.maxsize)) == sys.maxsize)
try:
    len(range(sys.maxsize + 1))
except OverflowError as e:
    print(type(e).__name__, e)
print(sys.warnoptions, type(sys.warnoptions).__name__, len(sys.warnoptions))
