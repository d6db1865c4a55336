class Target:
    def __init__(self):
        self.items = []

    def add(self, v):
        self.items.append(v)
        return len(self.items)


class Proxy:
    def __init__(self, target):
        # avoid our own __setattr__ (which forwards) while setting up
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        # only called for names Proxy itself does not have: no recursion on _target
        self._log.append("get " + name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append("del " + name)
        delattr(self._target, name)


t = Target()
p = Proxy(t)
print(p.add(5), p.add(6))
print(p.items)
p.extra = "x"
print(t.extra, "extra" in vars(p))
del p.extra
print(hasattr(t, "extra"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(p._log)
print(sorted(vars(p)))


class Naive:
    def __getattr__(self, name):
        return self.inner


try:
    Naive().anything
except RecursionError:
    print("RecursionError from naive __getattr__")
