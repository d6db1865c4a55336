import weakref


class K:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


keys = [K(str(i)) for i in range(5)]
d = weakref.WeakKeyDictionary()
for i, k in enumerate(keys):
    d[k] = i * 10
del k
print(len(d))
del keys[0]
print(len(d), sorted(d.values()))
keys.pop()
print(len(d), sorted(d.values()))
# the value is held strongly
val = K("value")
holder = K("holder")
d[holder] = val
del val
print("value alive", len(d))
del holder
print(len(d))
keys.clear()
print(len(d), list(d))
