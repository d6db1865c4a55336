import copy

values = [0, 1, -5, 2 ** 100, 1.5, float("inf"), True, False, None, "text", "", b"bytes",
          (1, 2, 3), (), frozenset({1, 2}), frozenset(), range(5), 3 + 4j, Ellipsis,
          NotImplemented, slice(1, 2), type, int, len]
for v in values:
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)

# equal values come back, of the same type
s = "héllo wörld"
print(copy.copy(s) == s, copy.deepcopy(s) == s)
big = 10 ** 50 + 7
print(copy.deepcopy(big) is big)
nan = float("nan")
print(copy.copy(nan) is nan, copy.deepcopy(nan) is nan)
r = range(0, 10, 3)
print(copy.deepcopy(r), list(copy.copy(r)))
# frozenset and slice: copy returns them, deepcopy rebuilds an equal object
print(copy.deepcopy(frozenset({1, 2})) == frozenset({1, 2}), copy.deepcopy(slice(1, 2)) == slice(1, 2))
print(copy.deepcopy(slice(None, 5, 2)))
