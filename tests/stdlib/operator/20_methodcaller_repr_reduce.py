import operator

cases = [
    operator.methodcaller("m"),
    operator.methodcaller("m", 1),
    operator.methodcaller("m", "a", [1, 2]),
    operator.methodcaller("m", x=1),
    operator.methodcaller("m", 1, 2, y="z", x=None),
    operator.methodcaller("__add__", operator.methodcaller("x")),
]
for mc in cases:
    print(repr(mc))
r = operator.methodcaller("split", ",", 1).__reduce__()
print(len(r), r[0] is operator.methodcaller, r[1])
print(r[0](*r[1])("a,b,c"))
for bad in [(), (1,), (None, 2)]:
    try:
        operator.methodcaller(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    operator.methodcaller(name="x")
except TypeError as e:
    print("TypeError:", e)
mc = operator.methodcaller("strip")
for args in [(), ("a", "b")]:
    try:
        mc(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    mc("a", key=1)
except TypeError as e:
    print("TypeError:", e)
