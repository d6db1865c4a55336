def make_stats():
    count = 0
    total = 0.0
    smallest = None
    def add(x):
        nonlocal count, total, smallest
        count += 1
        total += x
        if smallest is None or x < smallest:
            smallest = x
        return count, total / count, smallest
    return add
add = make_stats()
for v in [4, 8, 1.5, 10]:
    print(add(v))
other = make_stats()
print(other(100), add(0))
