import json

print(json.dumps([]))
print(json.dumps(()))
print(json.dumps([1]))
print(json.dumps((1,)))
print(json.dumps([1, 2, 3]))
print(json.dumps((1, "two", 3.0, None, True)))
print(json.dumps([[]]))
print(json.dumps([[], [[]], [[], []]]))
print(json.dumps(((1, 2), [3, (4, 5)])))
print(json.dumps([(), {}]))
print(json.dumps(list(range(10))))
print(json.dumps(tuple("abc")))
# tuples come back as lists
print(json.loads(json.dumps((1, (2, 3)))))


class MyList(list):
    pass


class MyTuple(tuple):
    pass


print(json.dumps(MyList([1, 2])))
print(json.dumps(MyTuple((3, 4))))
print(json.dumps({"t": MyTuple(()), "l": MyList()}))
# other iterables are not serializable
for v in [range(3), iter([1]), {1, 2}, frozenset(), b"bytes", bytearray(b"x")]:
    try:
        json.dumps(v)
    except TypeError as e:
        print(type(e).__name__, e)
