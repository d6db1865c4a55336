# tracked keys make a dict tracked; copies and comprehensions of atomic dicts stay untracked
import gc
class K:
    pass
k = K()
print(gc.is_tracked({k: 1}))
atomic = {"a": 1, "b": 2}
print(gc.is_tracked(atomic.copy()), gc.is_tracked(dict(atomic)))
print(gc.is_tracked({i: i * i for i in range(5)}))
print(gc.is_tracked({i: [i] for i in range(5)}))
print(gc.is_tracked({"a": 1, **atomic}))
a = 1
print(gc.is_tracked({"t": (a, 2)}))
