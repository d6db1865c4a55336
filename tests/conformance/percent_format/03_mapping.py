data = {"name": "Bob", "score": 91.456, "rank": 2}
print("%(name)s scored %(score).1f (rank %(rank)d)" % data)
print("%(name)r %(name)s" % data)
print("%(a)s-%(a)s" % {"a": "x"})
try:
    print("%(missing)s" % data)
except KeyError as e:
    print(type(e).__name__, e)
print("%s" % {"k": 1})
