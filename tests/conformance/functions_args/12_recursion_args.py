def flatten(items, depth=0, *, out=None):
    if out is None:
        out = []
    for it in items:
        if isinstance(it, list):
            flatten(it, depth + 1, out=out)
        else:
            out.append((it, depth))
    return out
print(flatten([1, [2, [3, [4]], 5], 6]))
def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(power_set([1, 2, 3]))
