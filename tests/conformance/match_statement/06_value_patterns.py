# Value patterns: dotted names looked up and compared with ==

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Config:
    class Limits:
        LOW = 1
        HIGH = 10

    DEFAULT = "default"

def color_name(c):
    match c:
        case Color.RED:
            return "it's red"
        case Color.GREEN:
            return "it's green"
        case Color.BLUE:
            return "it's blue"
        case _:
            return "unknown color " + repr(c)

for c in ["red", "green", "blue", "purple", Color.RED]:
    print(color_name(c))

print("-- nested dotted names --")
for v in [1, 10, 5, "default"]:
    match v:
        case Config.Limits.LOW:
            print(v, "is LOW")
        case Config.Limits.HIGH:
            print(v, "is HIGH")
        case Config.DEFAULT:
            print(v, "is DEFAULT")
        case _:
            print(v, "is between")

print("-- value patterns are looked up each time --")
for new_red in ["red", "crimson"]:
    Color.RED = new_red
    print("Color.RED is now", Color.RED, "->", color_name("crimson"))
Color.RED = "red"

print("-- value pattern on an instance attribute --")

class Settings:
    def __init__(self, mode):
        self.mode = mode

s = Settings("fast")
for m in ["slow", "fast"]:
    match m:
        case s.mode:
            print(m, "equals s.mode")
        case _:
            print(m, "differs from s.mode")

print("-- value patterns inside sequences, mappings, or-patterns --")

class Op:
    ADD = "+"
    SUB = "-"
    MUL = "*"

def calc(expr):
    match expr:
        case [a, Op.ADD, b]:
            return a + b
        case [a, Op.SUB, b]:
            return a - b
        case [a, Op.MUL | "x", b]:
            return a * b
        case {"op": Op.ADD, "args": [*nums]}:
            return sum(nums)
        case _:
            return None

for e in [[2, "+", 3], [2, "-", 3], [2, "*", 3], [2, "x", 3], [2, "/", 3],
          {"op": "+", "args": [1, 2, 3, 4]}, {"op": "-", "args": [1]}]:
    print(e, "=", calc(e))

print("-- value pattern with a custom __eq__ --")

class AnyEven:
    def __eq__(self, other):
        return isinstance(other, int) and other % 2 == 0

class Consts:
    EVEN = AnyEven()

for n in [1, 2, 3, 4]:
    match n:
        case Consts.EVEN:
            print(n, "matched Consts.EVEN")
        case _:
            print(n, "did not match Consts.EVEN")
