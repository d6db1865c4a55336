from collections import OrderedDict

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
od.move_to_end("d", False)
print(list(od))
od.move_to_end("e", last=True)
od.move_to_end("e")
print(list(od))
for args in (("zz",), ("zz", False)):
    try:
        od.move_to_end(*args)
    except KeyError as e:
        print(type(e).__name__, e)
try:
    OrderedDict().move_to_end("a")
except KeyError as e:
    print(type(e).__name__, e)
try:
    od.move_to_end([1])
except TypeError as e:
    print(type(e).__name__, e)
od.move_to_end("a", last=0)
print(list(od))
od.move_to_end("a", last="yes")
print(list(od))
one = OrderedDict(x=1)
one.move_to_end("x")
one.move_to_end("x", False)
print(one)
d = OrderedDict((i, i * i) for i in range(6))
for k in (0, 2, 4):
    d.move_to_end(k)
print(d)
print(list(d.values()), next(iter(d)), next(reversed(d)))
