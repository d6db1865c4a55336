# __new__ on int/str/float subclasses
class Even(int):
    def __new__(cls, v):
        if v % 2:
            v += 1
        return super().__new__(cls, v)

e = Even(7)
print(e, type(e).__name__, e + 1, type(e + 1).__name__)
print(Even(4), int(Even(3)) == 4)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def __init__(self, s):
        self.original = s

u = Upper("hello")
print(u, u.original, type(u).__name__, u == "HELLO", len(u))
print(repr(u), u.lower(), type(u.lower()).__name__)

class Celsius(float):
    def __new__(cls, v, unit="C"):
        if unit == "F":
            v = (v - 32) * 5 / 9
        return float.__new__(cls, v)
    def __init__(self, v, unit="C"):
        self.unit = unit

print(Celsius(212, "F"), Celsius(3.5), Celsius(212, "F").unit)

try:
    int.__new__(str, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(Upper, 5)
except TypeError as e:
    print(type(e).__name__, e)
