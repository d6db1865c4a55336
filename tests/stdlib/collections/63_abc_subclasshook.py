from collections.abc import (Sized, Iterable, Container, Collection, Hashable, Callable,
                             Sequence, Iterator, Reversible)


class HasLen:
    def __len__(self):
        return 3


class HasIter:
    def __iter__(self):
        return iter([1, 2])


class HasContains:
    def __contains__(self, x):
        return x == 1


class All3(HasLen, HasIter, HasContains):
    pass


class NoHash:
    __hash__ = None


class Call:
    def __call__(self):
        return "called"


class NextOnly:
    def __next__(self):
        raise StopIteration


class IterNext(NextOnly):
    def __iter__(self):
        return self


class DisabledIter:
    __iter__ = None


for cls in (HasLen, HasIter, HasContains, All3, NoHash, Call, NextOnly, IterNext, DisabledIter):
    obj = cls()
    print("%-12s" % cls.__name__, isinstance(obj, Sized), isinstance(obj, Iterable),
          isinstance(obj, Container), isinstance(obj, Collection), isinstance(obj, Hashable),
          isinstance(obj, Callable), isinstance(obj, Iterator))
