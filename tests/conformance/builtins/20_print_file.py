# print(file=...) calls the file's write once per piece; sys.stdout is a file object.
import sys


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collect()
print(1, "two", 3.0, file=c)
print("a", "b", sep="-", end="!", file=c)
print(file=c)
print(c.parts)
print("to stdout", file=sys.stdout)
print("also stdout", file=None)
n = sys.stdout.write("written\n")
print(n)


class NoWrite:
    pass


try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError", e)
