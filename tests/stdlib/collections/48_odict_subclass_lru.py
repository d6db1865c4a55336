from collections import OrderedDict


class LRU(OrderedDict):
    def __init__(self, maxsize=3):
        super().__init__()
        self.maxsize = maxsize

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            print("evict", oldest)
            del self[oldest]


cache = LRU(3)
for k in "abc":
    cache[k] = k.upper()
print(list(cache))
cache["a"]
cache["d"] = "D"
print(list(cache), repr(cache))
cache["c"] = "CC"
cache["e"] = "E"
print(list(cache.items()))
print(isinstance(cache, OrderedDict), type(cache).__name__)
