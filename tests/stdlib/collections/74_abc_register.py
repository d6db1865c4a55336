from collections.abc import Sequence, Iterable, Sized, Reversible, Collection, Container


class MySeq:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i]

    def __len__(self):
        return len(self.data)


print(isinstance(MySeq([1]), Sequence), isinstance(MySeq([1]), Iterable))
print(Sequence.register(MySeq) is MySeq)
print(isinstance(MySeq([1]), Sequence), issubclass(MySeq, Reversible), issubclass(MySeq, Collection))
print(list(iter(MySeq([4, 5]))), hasattr(MySeq, "index"))


@Iterable.register
class Registered:
    pass


print(isinstance(Registered(), Iterable), Registered.__name__)
try:
    Sized.register(5)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(MySeq, Container), issubclass(MySeq, Sized))


class Sub(MySeq):
    pass


print(isinstance(Sub([]), Sequence), issubclass(Sub, Collection))
print(Sequence.register(tuple) is tuple, Iterable.register(Registered) is Registered)
