def log(tag, value=None):
    print('eval', tag)
    return value if value is not None else tag

def f(a: log('a') = log('default a', 1), *b: log('b'), c: log('c') = log('default c', 2), **d: log('d')) -> log('ret'):
    print('body')

print('defined')
print(f.__annotations__)

class K:
    print('class body start')
    x: log('x-ann') = log('x-value', 10)
    y: log('y-ann')
    print('class body end')

print(K.__annotations__, K.x)

def deco(fn):
    print('decorator', fn.__name__)
    return fn

@deco
def g(p: log('p')) -> log('g-ret'):
    pass

m: log('module-ann') = log('module-value', 5)
print(__annotations__['m'], m)
