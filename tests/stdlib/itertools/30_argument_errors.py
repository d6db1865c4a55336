import itertools


def t(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


t("cycle()", lambda: itertools.cycle())
t("cycle(a, b)", lambda: itertools.cycle([1], [2]))
t("compress(x)", lambda: itertools.compress("ab"))
t("compress(x, y, z)", lambda: itertools.compress("ab", [1], [2]))
t("compress(data=)", lambda: itertools.compress(data="ab"))
t("compress(bad kw)", lambda: itertools.compress("ab", sel=[1]))
t("dropwhile(f)", lambda: itertools.dropwhile(bool))
t("takewhile()", lambda: itertools.takewhile())
t("takewhile(a, b, c)", lambda: itertools.takewhile(bool, [], []))
t("starmap(a, b, c)", lambda: itertools.starmap(pow, [], []))
t("accumulate(a, b, c)", lambda: itertools.accumulate([], None, 0))
t("accumulate(bad kw)", lambda: itertools.accumulate([], initial=1, extra=2))
t("count(a, b, c)", lambda: itertools.count(1, 2, 3))
t("repeat()", lambda: itertools.repeat())
t("repeat(times=)", lambda: itertools.repeat(times=3))
t("repeat(1, 2, 3)", lambda: itertools.repeat(1, 2, 3))
t("islice(x)", lambda: itertools.islice([]))
t("pairwise()", lambda: itertools.pairwise())
t("chain(kw)", lambda: itertools.chain(x=[]))
t("zip_longest(kw)", lambda: itertools.zip_longest(x=[]))
t("dropwhile(kw)", lambda: itertools.dropwhile(bool, iterable=[]))
t("takewhile(kw)", lambda: itertools.takewhile(predicate=bool, iterable=[]))
t("cycle(kw)", lambda: itertools.cycle(iterable=[]))
t("count(kw)", lambda: itertools.count(stop=3))
t("from_iterable()", lambda: itertools.chain.from_iterable())
