import operator

up = operator.methodcaller("upper")
print(up("hello"), list(map(up, ["a", "bc"])))
split = operator.methodcaller("split", ",", 1)
print(split("a,b,c"))
rep = operator.methodcaller("replace", "a", "o")
print(rep("banana"))
srt = operator.methodcaller("sort", reverse=True)
data = [3, 1, 2]
print(srt(data), data)
fmt = operator.methodcaller("format", 1, x=2)
print(fmt("{0}-{x}"))
get = operator.methodcaller("get", "k", "default")
print(get({}), get({"k": "v"}))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n


c = Counter()
bump3 = operator.methodcaller("bump", by=3)
print(bump3(c), bump3(c), operator.methodcaller("bump")(c))
words = ["Banana", "apple", "Cherry"]
print(sorted(words, key=operator.methodcaller("lower")))
print(sorted(words, key=operator.methodcaller("count", "a")))
for mc, obj in [(operator.methodcaller("nope"), "s"), (operator.methodcaller("upper", 1), "s"),
                (operator.methodcaller("bump", bad=1), c), (operator.methodcaller("__len__"), 5)]:
    try:
        mc(obj)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
