def outer():
    [last := i for i in range(4)]
    return last
print(outer())
def acc(vals):
    total = 0
    partial = [(total := total + v) for v in vals]
    return partial, total
print(acc([5, 5, 1]))
sums = []
running = 0
for v in [1, 2, 3]:
    sums.append(running := running + v)
print(sums, running)
def inner_fn():
    if (found := [c for c in "hello" if c == "l"]):
        return len(found)
print(inner_fn())
