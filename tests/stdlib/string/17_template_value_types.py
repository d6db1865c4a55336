from string import Template


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __repr__(self):
        return "Point!"


t = Template("v=$v")
for v in [1, 2.5, None, True, [1, 2], {"k": 1}, (1,), b"bytes", 1 + 2j, Point(1, 2), "s", 10 ** 20, -0.0]:
    print(t.substitute(v=v), "|", t.safe_substitute(v=v))


class BadStr:
    def __str__(self):
        raise RuntimeError("no str for you")


try:
    t.substitute(v=BadStr())
except RuntimeError as e:
    print(type(e).__name__, e)


class NotStr:
    def __str__(self):
        return 42


try:
    t.substitute(v=NotStr())
except TypeError as e:
    print(type(e).__name__, e)
print(Template("$a$a$a").substitute(a=Point(0, 0)))
