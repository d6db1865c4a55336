# __del__ after __class__ reassignment uses the new class
import gc
log = []

class First:
    def __del__(self):
        log.append("First.__del__ " + self.tag)

class Second:
    def __del__(self):
        log.append("Second.__del__ " + self.tag)

class NoDel: pass

a = First()
a.tag = "a"
a.__class__ = Second
del a
print(log)
b = NoDel()
b.tag = "b"
b.__class__ = First
b = None
print(log)
c = First()
c.tag = "c"
c.__class__ = NoDel
del c
print(log)

gc.collect()
gc.disable()
d = First()
d.tag, d.self = "d", d
d.__class__ = Second
del d
print(len(log))
gc.collect()
print(log[-1])
gc.enable()
