def deco(f):
    return f

@deco
def f():
    return 1

@deco
class C:
    pass
print(f(), C)
