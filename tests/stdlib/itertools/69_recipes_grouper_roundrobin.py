from itertools import count, cycle, filterfalse, islice, tee, zip_longest


def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict":
        return zip(*args, strict=True)
    if incomplete == "ignore":
        return zip(*args)
    else:
        raise ValueError("Expected fill, strict, or ignore")


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next in nexts:
                yield next()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def sliding_window(iterable, n):
    iterables = tee(iterable, n)
    for it, skip in zip(iterables, count()):
        for _ in islice(it, skip):
            pass
    return zip(*iterables)


print(list(grouper("ABCDEFG", 3, fillvalue="x")))
print(list(grouper("ABCDEFG", 3, incomplete="ignore")))
print(list(grouper(range(6), 2, incomplete="strict")))
try:
    print(list(grouper("ABCDEFG", 3, incomplete="strict")))
except ValueError as e:
    print(type(e).__name__, e)
try:
    grouper("AB", 2, incomplete="other")
except ValueError as e:
    print(type(e).__name__, e)
print(list(roundrobin("ABC", "D", "EF")))
print(list(roundrobin()), list(roundrobin("", "xy", "")))
print(list(roundrobin(range(3), iter("ab"), [None])))
odds, evens = partition(lambda x: x % 2 == 0, range(10))
print(list(odds), list(evens))
small, big = partition(lambda w: len(w) > 3, ["a", "tree", "of", "words"])
print(list(big), list(small))
print(list(sliding_window("ABCDEFG", 4)))
print(list(sliding_window([1, 2], 3)), list(sliding_window(range(3), 1)))
