from enum import StrEnum, auto


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    DARK_BLUE = auto()
    WHITE = 'White'


print(list(Color))
print(str(Color.RED), repr(Color.RED), f"{Color.GREEN}", f"{Color.GREEN:>8}|", format(Color.WHITE))
print(Color.RED == 'red', Color('green'), Color.DARK_BLUE.upper(), Color.RED + '!', Color.WHITE.lower())
print(isinstance(Color.RED, str), len(Color.DARK_BLUE), Color.RED[0], sorted(Color))
print(','.join(Color), 'red' in [Color.RED], {Color.RED: 1}['red'])
print(hash(Color.RED) == hash('red'))
print(Color.RED.value, type(Color.RED.value).__name__)

for bad in (1, b'x', None):
    try:
        class Bad(StrEnum):
            A = bad
    except TypeError as e:
        print(type(e).__name__, e)

try:
    class Enc(StrEnum):
        A = (b'abc', 'ascii')
        B = (b'x', 'utf-8', 'strict')
    print(list(Enc))
except TypeError as e:
    print(type(e).__name__, e)

try:
    class BadEnc(StrEnum):
        A = ('x', 1)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class BadErr(StrEnum):
        A = ('x', 'utf-8', 2)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class TooMany(StrEnum):
        A = ('a', 'b', 'c', 'd')
except TypeError as e:
    print(type(e).__name__, e)

print(StrEnum._generate_next_value_('HELLO_World', 1, 0, []))
try:
    Color('purple')
except ValueError as e:
    print(e)
