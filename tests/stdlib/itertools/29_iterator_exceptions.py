import itertools


def bad(n):
    for i in range(n):
        yield i
    raise ValueError("source broke after %d" % n)


def run(label, obj):
    got = []
    try:
        for x in obj:
            got.append(x)
    except ValueError as e:
        print(label, got, "ValueError:", e)


run("chain", itertools.chain([9], bad(2), [7]))
run("from_iterable", itertools.chain.from_iterable([[9], bad(1)]))
run("islice", itertools.islice(bad(3), 1, 10, 2))
run("accumulate", itertools.accumulate(bad(3)))
run("compress data", itertools.compress(bad(2), itertools.repeat(1)))
run("compress selectors", itertools.compress("abcd", bad(2)))
run("dropwhile", itertools.dropwhile(lambda x: x < 1, bad(3)))
run("takewhile", itertools.takewhile(lambda x: x < 10, bad(3)))
run("filterfalse", itertools.filterfalse(None, bad(3)))
run("starmap", itertools.starmap(lambda *a: a, ([i] for i in bad(2))))
run("zip_longest", itertools.zip_longest("abcdef", bad(2)))
run("pairwise", itertools.pairwise(bad(3)))
run("cycle", itertools.cycle(bad(2)))
run("islice stop", itertools.islice(bad(3), 3))


def outer():
    yield [1]
    raise ValueError("outer broke")


run("from_iterable outer", itertools.chain.from_iterable(outer()))
c = itertools.chain(bad(1), [5])
run("chain again", c)
print("chain after error:", list(c))
