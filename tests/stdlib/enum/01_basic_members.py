from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED)
print(repr(Color.RED))
print(Color.GREEN.name, Color.GREEN.value)
print(type(Color.RED).__name__, type(Color.RED) is Color)
print(isinstance(Color.BLUE, Color), isinstance(Color.BLUE, Enum))
print(Color.RED is Color.RED, Color.RED == Color.RED, Color.RED != Color.GREEN)
print(Color.RED == 1, Color.RED.value == 1)
print([m.name for m in Color])
print([m.value for m in Color])
print(str(Color.BLUE), f"{Color.BLUE}", "%s" % Color.BLUE, format(Color.BLUE))
print(f"{Color.RED:>12}|", f"{Color.RED:<12}|", f"{Color.RED:^12}|")
print(Color.RED._name_, Color.RED._value_)
print(Color.__name__, Color.__qualname__, Color.__module__)
print(sorted(vars(Color.RED)))
print(Color.RED.__objclass__ is Color, Color.GREEN._sort_order_)
print(bool(Color.RED), bool(Color))
