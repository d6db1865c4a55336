from collections import defaultdict


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: defaultdict(5))
t(lambda: defaultdict("list"))
t(lambda: defaultdict([]))
t(lambda: defaultdict(list, 5))
t(lambda: defaultdict(list, {"a": 1}, {"b": 2}))
t(lambda: defaultdict(list, [1, 2]))
t(lambda: defaultdict(default_factory=list))
t(lambda: defaultdict(None, x=1))
d = defaultdict(list)
print(d.default_factory)
d.default_factory = int
print(d["a"], d.default_factory, d)
d.default_factory = None
try:
    d["b"]
except KeyError as e:
    print(type(e).__name__, e)
d.default_factory = set
print(d["c"], sorted(d))
d.default_factory = 42
print(repr(d.default_factory))
try:
    d["e"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d.default_factory
except Exception as e:
    print(type(e).__name__, e)
print(d.default_factory)
t(lambda: defaultdict.fromkeys("ab"))
t(lambda: defaultdict.fromkeys("ab", 0).default_factory)
t(lambda: hash(defaultdict()))
t(lambda: defaultdict.__missing__(defaultdict(int), "k"))
