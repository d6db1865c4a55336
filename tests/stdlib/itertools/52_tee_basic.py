import itertools

a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
a, b = itertools.tee("xyz")
print(next(a), next(a), next(b), list(a), list(b))
a, b, c = itertools.tee(range(4), 3)
print(next(c), list(a), next(c), list(b), list(c))
print(itertools.tee([1, 2], 0))
print([type(t).__name__ for t in itertools.tee(iter([]))])
print([list(t) for t in itertools.tee(iter([]))])
print(len(itertools.tee("ab")), len(itertools.tee("ab", 5)), type(itertools.tee("ab")).__name__)
(only,) = itertools.tee([7, 8], 1)
print(type(only).__name__, list(only))
# n=0 does not even call iter() on the argument
print(itertools.tee(5, 0))
# iterate one to the end, then the other
src = iter(range(5))
a, b = itertools.tee(src)
print(list(a))
print("source exhausted:", next(src, "empty"))
print(list(b))
# interleaved advancing
a, b = itertools.tee(i * i for i in range(6))
out = []
for x in a:
    out.append(("a", x))
    if x % 2 == 0:
        out.append(("b", next(b)))
print(out)
print(list(b))
# tees are iterators of themselves
a, b = itertools.tee([1])
print(iter(a) is a, iter(b) is b, a is b)
# pairwise done by hand
a, b = itertools.tee("abcd")
next(b, None)
print(list(zip(a, b)))
# consuming the source directly skips items for the tees
src = iter("abcdef")
a, b = itertools.tee(src)
print(next(a), next(src), next(a), next(b), next(b), next(b))
# tee on a dict and a set
a, b = itertools.tee({"k1": 1, "k2": 2})
print(list(a), list(b))
a, b = itertools.tee(sorted({3, 1, 2}))
print(list(a), sum(b))
