from __future__ import annotations

def f(x: memoryview) -> memoryview:
    return x[1:]

print(f.__annotations__)
print(f(memoryview(b'abc')).tobytes())

def g() -> 'memoryview':
    return memoryview(b'')

print(g.__annotations__['return'], len(g()))
print(memoryview.__name__, memoryview.__qualname__, memoryview.__module__)
print(isinstance(memoryview(b''), memoryview), type(memoryview(b'')) is memoryview)
print(memoryview, type(memoryview))
