import functools

class Dataset:
    def __init__(self, values):
        self.values = values
    @functools.cached_property
    def total(self):
        """Sum of the values."""
        print("  computing total")
        return sum(self.values)

d = Dataset([1, 2, 3])
print("total" in d.__dict__)
print(d.total)
print(d.total)
print(d.__dict__)

# the instance attribute shadows the descriptor (non-data descriptor)
d.values.append(10)
print(d.total)
del d.total
print("total" in d.__dict__)
print(d.total)

# assignment simply overrides
d.total = -1
print(d.total, d.__dict__["total"])
try:
    del d.total
    del d.total
except AttributeError as e:
    print(type(e).__name__, e)
print(d.total)

# class access returns the descriptor itself
desc = Dataset.total
print(type(desc).__name__, desc.attrname, desc.__doc__)
print(desc.func.__name__, desc is Dataset.__dict__["total"])
print(hasattr(desc, "__set__"), hasattr(desc, "__get__"))

# each instance has its own value
e = Dataset([100])
print(e.total, d.total)

# an exception while computing stores nothing
class Flaky:
    tries = 0
    @functools.cached_property
    def value(self):
        Flaky.tries += 1
        if Flaky.tries == 1:
            raise RuntimeError("first try fails")
        return "ok"
f = Flaky()
try:
    f.value
except RuntimeError as e:
    print(type(e).__name__, e, f.__dict__)
print(f.value, f.value, Flaky.tries)
