s = "tab\there"
print(f"{s}")
print(f"{s!r}")
print(f"{s!s}")
x = [1, "two", None]
print(f"{x!r} {x!s}")
print(f"{'quote'!r:>12}|")
print(f"{3.0!r} {1/3!s}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s}")
