print("{} and {}".format("spam", "eggs"))
print("{1} and {0}".format("spam", "eggs"))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {d[key]}".format([10, 20], d={"key": "v"}))
class Pt:
    def __init__(self):
        self.x = 1
        self.y = 2
print("({p.x}, {p.y})".format(p=Pt()))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:.3f} {:,} {:x}".format(2 / 3, 10 ** 6, 3054))
print("{!r} {!s}".format("q", "q"))
print("{{}} {}".format("braces"))
print("{0:{1}}|".format("w", 5))
