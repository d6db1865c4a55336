from __future__ import annotations

def log(tag):
    print('eval', tag)
    return tag

def f(a: log('a') = log('default')) -> log('ret'):
    return a

print(f.__annotations__)
print(f())

class K:
    x: log('x-ann') = log('x-value')
    y: nonexistent.attribute[1]

print(K.__annotations__, K.x)
m: log('module-ann') = log('module-value')
print(__annotations__)
d = {}
d[log('key')]: log('sub-ann') = 1
print(d)
log('obj').upper: log('attr-ann')
print(__annotations__)

def body():
    local: log('local-ann') = 5
    return local

print(body())
print(type(f.__annotations__['a']).__name__)
ns = {}
exec('def h(a: int) -> str: pass', ns)
print(ns['h'].__annotations__)
