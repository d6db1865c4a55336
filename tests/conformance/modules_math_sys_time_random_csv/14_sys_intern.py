import sys
a = "".join(["zq", "xw!"])
b = "".join(["zqx", "w!"])
print(a is b, sys.intern(a) is a, sys.intern(b) is a, sys.intern(b) is not b)
print(sys.intern("print") == "print")
for bad in (5, None, 3.5):
    try:
        sys.intern(bad)
    except TypeError as e:
        print(e)
try:
    sys.intern()
except TypeError as e:
    print(e)
try:
    sys.intern("a", "b")
except TypeError as e:
    print(e)
