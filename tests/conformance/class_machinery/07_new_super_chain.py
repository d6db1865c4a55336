# cooperative __new__ across an inheritance chain
trace = []

class Base:
    def __new__(cls, *args, **kw):
        trace.append("Base(%s)" % cls.__name__)
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        trace.append("Base.__init__")

class Mid(Base):
    def __new__(cls, *args, **kw):
        trace.append("Mid")
        inst = super().__new__(cls, *args, **kw)
        inst.tag = kw.get("tag", "none")
        return inst

class Leaf(Mid):
    def __new__(cls, value, **kw):
        trace.append("Leaf")
        inst = super().__new__(cls, value, **kw)
        inst.value = value
        return inst

obj = Leaf(10, tag="t")
print(trace)
print(obj.value, obj.tag, type(obj).__name__)
trace.clear()
m = Mid(tag="m")
print(trace, m.tag)
print([k.__name__ for k in Leaf.__mro__])
print('__new__' in Leaf.__dict__, '__init__' in Leaf.__dict__)
print(Leaf.__new__ is Leaf.__dict__['__new__'])
