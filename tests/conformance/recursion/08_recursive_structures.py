def tree_sum(t):
    if isinstance(t, int):
        return t
    return sum(tree_sum(c) for c in t)
def tree_depth(t):
    if not isinstance(t, list):
        return 0
    return 1 + max((tree_depth(c) for c in t), default=0)
t = [1, [2, [3, [4, 5]], 6], [[7]], []]
print(tree_sum(t), tree_depth(t))
def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i, x in enumerate(xs):
        for p in permutations(xs[:i] + xs[i + 1:]):
            out.append([x] + p)
    return out
print(permutations([1, 2, 3]))
print(len(permutations(list(range(6)))))
