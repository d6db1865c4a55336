import itertools

print(list(itertools.pairwise([1, 2, 3, 4])))
print(list(itertools.pairwise("abcde")))
print(list(itertools.pairwise([])), list(itertools.pairwise([1])), list(itertools.pairwise([1, 2])))
print(["".join(p) for p in itertools.pairwise("hello")])
temps = [20.5, 21.0, 19.5, 19.5, 23.0]
print([round(b - a, 1) for a, b in itertools.pairwise(temps)])
print(list(itertools.islice(itertools.pairwise(itertools.count()), 3)))
p = itertools.pairwise(iter(range(4)))
print(next(p), next(p), next(p))
try:
    next(p)
except StopIteration:
    print("StopIteration")
it = iter(range(10))
p = itertools.pairwise(it)
print(next(p), "underlying next:", next(it))
print(next(p), "underlying next:", next(it))
print(list(p))
items = [[1], [2], [3]]
pairs = list(itertools.pairwise(items))
print(pairs, pairs[0][1] is pairs[1][0])
print(type(next(itertools.pairwise("ab"))).__name__)
for a, b in itertools.pairwise(["start", "mid", "end"]):
    print("for", a, "->", b)


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: itertools.pairwise())
t(lambda: itertools.pairwise([1], [2]))
t(lambda: itertools.pairwise(iterable=[1, 2]))
t(lambda: itertools.pairwise(3))
t(lambda: len(itertools.pairwise([1, 2])))
