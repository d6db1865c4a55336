from string import Formatter

f = Formatter()
print(repr(f.format_field(3.14159, ".2f")))
print(repr(f.format_field(42, "")))
print(repr(f.format_field("x", "^5")))
print(repr(f.format_field(None, "")))
print(repr(f.format_field(255, "#x")))
for conv in [None, "s", "r", "a"]:
    print(repr(conv), repr(f.convert_field("é'x", conv)))
print(repr(f.convert_field(12, None)), type(f.convert_field(12, None)).__name__)
for bad in ["x", "R", "S"]:
    try:
        f.convert_field("v", bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    f.format_field(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.format_field("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.format("{!x}", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.format("{:z}", 1.5)
except ValueError as e:
    print(type(e).__name__, e)


class Money:
    def __format__(self, spec):
        return "$" + format(12.5, spec or ".2f")


print(f.format_field(Money(), ""), f.format_field(Money(), ".0f"), f.format("{:.3f}", Money()))
