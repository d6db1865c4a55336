from collections import deque
import itertools


def moving_average(iterable, n=3):
    it = iter(iterable)
    d = deque(itertools.islice(it, n - 1))
    d.appendleft(0)
    s = sum(d)
    for elem in it:
        s += elem - d.popleft()
        d.append(elem)
        yield s / n


print(list(moving_average([40, 30, 50, 46, 39, 44])))


def tail(lines, n=3):
    return deque(lines, maxlen=n)


print(tail(["l%d" % i for i in range(10)]))


def delete_nth(d, n):
    d.rotate(-n)
    d.popleft()
    d.rotate(n)


d = deque("abcdef")
delete_nth(d, 2)
print(d)
it = iter(range(10))
print(deque(itertools.islice(it, 4), maxlen=0), next(it))
