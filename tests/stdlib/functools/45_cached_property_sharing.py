import functools

def compute(self):
    return 42

# reusing under the same name on another class is allowed
shared = functools.cached_property(compute)
class A:
    x = shared
class B:
    x = shared
print(A().x, B().x, shared.attrname)

print(type(functools.cached_property(compute).__doc__).__name__)
print(functools.cached_property(compute).attrname)
# cached_property on a subclass
class Base:
    @functools.cached_property
    def name(self):
        print("  Base.name computing for", type(self).__name__)
        return type(self).__name__.lower()
class Sub(Base):
    pass
s = Sub()
print(s.name, s.name, Sub.name.attrname)
