from collections import deque


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = deque([1, 2])
b = deque("xy")
t(lambda: a + b)
t(lambda: a + deque())
t(lambda: a + [3])
t(lambda: [3] + a)
t(lambda: a + (3,))
t(lambda: a * 3)
t(lambda: 3 * a)
t(lambda: a * 0)
t(lambda: a * -2)
t(lambda: a * 1)
t(lambda: (a * 1) is a)
t(lambda: a * 2.0)
t(lambda: a * "2")
t(lambda: deque() * 1000)
t(lambda: a)
c = deque([1])
alias = c
c += [2, 3]
print(c, c is alias)
c += c
print(c, c is alias)
c += "ab"
print(c)
c += range(2)
print(c)
c *= 2
print(c, c is alias, len(c))
c *= 0
print(c, c is alias)
c = deque([5, 6])
c *= -1
print(c)
try:
    c += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    c *= "x"
except TypeError as e:
    print(type(e).__name__, e)
big = deque(range(70)) * 3
print(len(big), big[69], big[70], big[-1])
m = deque([1, 2, 3], maxlen=5)
m *= 4
print(m)
