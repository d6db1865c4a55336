# class decorators that modify and replace the class
def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls

def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco

def wrap(cls):
    class Wrapper(cls):
        wrapped = True
        def __repr__(self):
            return "Wrapper<%s>" % cls.__name__
    Wrapper.__name__ = cls.__name__
    return Wrapper

names, order = [], []
def trace(tag):
    order.append("make " + tag)
    return lambda cls: order.append("apply " + tag) or cls

@register(names)
@add_greeting
class A: pass

@lambda cls: cls()
class config:
    debug = False

@trace("outer")
@trace("inner")
@wrap
class B: pass

print(A().greet(), names, order)
print(type(config).__name__, config.debug)
print(B(), B.__name__, B.__qualname__, B.wrapped, [k.__name__ for k in B.__mro__])
