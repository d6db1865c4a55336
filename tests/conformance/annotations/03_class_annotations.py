class C:
    a: int
    b: str = 'hello'
    c: 'Forward' = None
    print('inside class, __annotations__ =', __annotations__)

print(C.__annotations__)
print(hasattr(C, 'a'), C.b, C.c)
print('a' in C.__dict__, 'b' in C.__dict__, '__annotations__' in C.__dict__)

class D(C):
    d: float = 1.0

print(D.__annotations__)
print(D.a if hasattr(D, 'a') else 'D has no a')

class E:
    pass

print('__annotations__' in E.__dict__)
print(E.__annotations__, '__annotations__' in E.__dict__)

class F(C):
    pass

print('__annotations__' in F.__dict__)
print(F.__annotations__)
print('__annotations__' in F.__dict__, F.__annotations__ is C.__annotations__)

class G:
    x: int = 1
    x: str = 'two'

print(G.__annotations__, G.x)
