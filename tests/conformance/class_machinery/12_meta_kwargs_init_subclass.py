# class keyword arguments: __init_subclass__ and metaclass
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry.append(cls)

class Alpha(Plugin, name="alpha-plugin", priority=5): pass
class Beta(Plugin): pass
class Gamma(Beta, priority=1): pass

for p in sorted(Plugin.registry, key=lambda c: (-c.priority, c.plugin_name)):
    print(p.__name__, p.plugin_name, p.priority)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns, **kw)

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))

class Derived(Base, flag=True, level=2):
    pass
print(type(Derived).__name__, Plugin.__init_subclass__.__self__ is Plugin)
