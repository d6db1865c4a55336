import itertools


class NotIter:
    def __repr__(self):
        return "NotIter()"


bad = NotIter()


def t(label, f):
    try:
        r = f()
        print(label, "created", type(r).__name__)
        print(label, list(r))
    except TypeError as e:
        print(label, "TypeError", e)


t("cycle", lambda: itertools.cycle(5))
t("islice", lambda: itertools.islice(bad, 2))
t("accumulate", lambda: itertools.accumulate(3.5))
t("compress data", lambda: itertools.compress(None, [1]))
t("compress selectors", lambda: itertools.compress([1], 7))
t("dropwhile", lambda: itertools.dropwhile(bool, 1))
t("takewhile", lambda: itertools.takewhile(bool, bad))
t("filterfalse", lambda: itertools.filterfalse(None, 2))
t("starmap", lambda: itertools.starmap(pow, 4))
t("starmap item", lambda: itertools.starmap(pow, [bad]))
t("zip_longest", lambda: itertools.zip_longest([1], bad))
t("pairwise", lambda: itertools.pairwise(True))
t("chain", lambda: itertools.chain([1], bad))
t("from_iterable", lambda: itertools.chain.from_iterable(bad))
t("from_iterable item", lambda: itertools.chain.from_iterable([bad]))
t("takewhile pred", lambda: itertools.takewhile(5, [1]))
t("dropwhile pred", lambda: itertools.dropwhile("f", [1]))
