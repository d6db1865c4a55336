from collections.abc import Iterator, Iterable, Generator, Reversible


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(iter(c) is c, list(c), list(c))
print(sorted(Iterator.__abstractmethods__), sorted(Iterable.__abstractmethods__))
try:
    Iterator()
except TypeError as e:
    print(e)


class Numbers(Iterable):
    def __iter__(self):
        yield from (1, 2, 3)


print(list(Numbers()), isinstance(Numbers(), Iterator), sum(Numbers()))


class Echo(Generator):
    def __init__(self):
        self.last = None

    def send(self, value):
        if value == 'stop':
            raise StopIteration
        self.last = value
        return f'echo {value}'

    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val


e = Echo()
print(next(e), e.send('hi'), e.send(5))
print(iter(e) is e)
try:
    e.send('stop')
except StopIteration:
    print('stopped')
print(e.close())
try:
    e.throw(ValueError, ValueError('boom'))
except ValueError as err:
    print(type(err).__name__, err)
print(sorted(Generator.__abstractmethods__))


def gen():
    yield 1


# which builtins count as what
objs = [[1], (1,), 'ab', {1: 2}, {1}, range(3), iter([1]), gen(), (x for x in 'a'),
        map(str, [1]), zip(), enumerate([]), reversed([1]), 5, None]
for o in objs:
    print(type(o).__name__, isinstance(o, Iterable), isinstance(o, Iterator),
          isinstance(o, Generator), isinstance(o, Reversible))
