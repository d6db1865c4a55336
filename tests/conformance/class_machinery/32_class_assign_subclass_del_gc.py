# instances reassigned __class__ then deleted; gc with cycles and weakrefs
import gc, weakref
log = []

class Base:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("%s:%s" % (type(self).__name__, self.name))

class Upgraded(Base):
    pass

class Other(Base):
    pass

items = [Base(str(i)) for i in range(4)]
for i, obj in enumerate(items):
    if i % 2:
        obj.__class__ = Upgraded
    else:
        obj.__class__ = Other
refs = [weakref.ref(o) for o in items]
del obj
print(log)
items.clear()
print(sorted(log))
print([r() for r in refs])

log.clear()
gc.collect()
gc.disable()
p, q = Base("p"), Base("q")
p.partner, q.partner = q, p
p.__class__ = Upgraded
del p, q
print(log)
gc.collect()
print(sorted(log))
gc.enable()
