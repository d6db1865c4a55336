class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), sum(c), 2 in c, 5 in c)
for x in c:
    print("tick", x)
it = iter(c)
print(next(it), next(it), next(it), next(it, "liftoff"))
print(sorted(Countdown(4)), max(Countdown(5)), list(zip(c, "ab")))
a, b, *rest = Countdown(5)
print(a, b, rest)
