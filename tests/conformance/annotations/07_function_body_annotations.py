def log(tag, value=None):
    print('eval', tag)
    return value

def f():
    x: log('ann x') = log('value x', 1)
    y: log('ann y')
    obj = type('O', (), {})()
    obj.attr: log('ann attr') = log('value attr', 2)
    lst = [0, 0]
    lst[log('idx', 0)]: log('ann sub')
    print('locals', sorted(locals()))
    try:
        y
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    return x, obj.attr, lst

print(f())
print(f.__annotations__)
print('__annotations__' in f.__code__.co_names, '__annotations__' in f.__code__.co_varnames)

def g():
    z: int = 5
    return __annotations__ if False else 'no local __annotations__'

print(g())
print(sorted(f.__code__.co_varnames))

def outer():
    a: int
    def inner():
        return a
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)

outer()
