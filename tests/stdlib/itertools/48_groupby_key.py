import itertools

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in itertools.groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in itertools.groupby(words, lambda w: len(w))])
print([(k, list(g)) for k, g in itertools.groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in itertools.groupby(range(10), key=lambda x: x % 2 == 0)])
# key=None behaves like no key
print([(k, list(g)) for k, g in itertools.groupby("aab", key=None)])
print([(k, list(g)) for k, g in itertools.groupby("aab", None)])
# keywords for both arguments
print([(k, list(g)) for k, g in itertools.groupby(iterable="xxy", key=str.upper)])
# sorted-then-groupby idiom
data = [("fruit", "kiwi"), ("veg", "leek"), ("fruit", "fig"), ("veg", "kale"), ("nut", "pecan")]
keyf = lambda p: p[0]
for k, g in itertools.groupby(sorted(data, key=keyf), keyf):
    print(k, [name for _, name in g])
# without sorting, the same key shows up more than once
print([k for k, _ in itertools.groupby(data, keyf)])
# builtin functions as keys
print([(k, list(g)) for k, g in itertools.groupby([-1, 1, -2, 2, 3], key=abs)])
print([(k, list(g)) for k, g in itertools.groupby("aAbBBa", key=str.lower)])
print([(k, list(g)) for k, g in itertools.groupby([[], [0], [], ()], key=bool)])
print([(k, "".join(g)) for k, g in itertools.groupby("ab12cd3", key=str.isdigit)])
# the key function is called exactly once per element
calls = []
def kf(x):
    calls.append(x)
    return x > 2
print([(k, list(g)) for k, g in itertools.groupby([1, 2, 3, 4, 1], kf)])
print(calls)
# group by identity-free tuples
print([(k, list(g)) for k, g in itertools.groupby([(1, 2), (1, 3), (2, 2)], key=lambda t: t[0])])
