g = (x * 2 for x in range(5))
print(type(g).__name__, sum(g), sum(g))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in "hello" if x != "l"))
pairs = list((x, y) for x in range(3) for y in range(x))
print(pairs)
print(",".join(str(i) for i in range(5)))
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
lazy = (v * 10 for v in noisy(3))
print("created")
print(next(lazy))
print(list(lazy))
