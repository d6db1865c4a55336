class Range2:
    def __init__(self, start, stop, step=1):
        self.current, self.stop, self.step = start, stop, step

    def __iter__(self):
        return self

    def __next__(self):
        if self.current >= self.stop:
            raise StopIteration
        value = self.current
        self.current += self.step
        return value

print(list(Range2(0, 10, 3)))
it = iter(Range2(0, 2))
print(next(it), next(it), next(it, "end"))
