import operator

attempts = [
    lambda: operator.itemgetter(),
    lambda: operator.itemgetter(1, key=2),
    lambda: operator.itemgetter(1)(),
    lambda: operator.itemgetter(1)([1, 2], [3]),
    lambda: operator.itemgetter(1)(obj=[1, 2]),
    lambda: operator.itemgetter(1, 2)(),
    lambda: operator.itemgetter([1])({}),
    lambda: operator.itemgetter(1.5)([1, 2]),
    lambda: operator.itemgetter("a")("xyz"),
    lambda: operator.attrgetter("a")(),
    lambda: operator.attrgetter("a")(1, 2),
    lambda: operator.attrgetter("real")(x=1),
    lambda: operator.methodcaller("m")(),
    lambda: operator.methodcaller("m")(k=1),
]
for i, f in enumerate(attempts):
    try:
        print(i, "ok", f())
    except Exception as e:
        print(i, type(e).__name__, e)
print(operator.itemgetter(1)([1, 2]))
