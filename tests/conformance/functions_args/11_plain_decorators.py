def shout(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        return str(result).upper()
    return wrapper
@shout
def greet(name, punct="!"):
    return "hello " + name + punct
print(greet("ann"))
print(greet("bob", punct="?"))
def repeat(n):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def ping(x):
    return x + 1
print(ping(1))
def tag(label):
    def deco(f):
        def w():
            return label + "(" + f() + ")"
        return w
    return deco
@tag("outer")
@tag("inner")
def base():
    return "x"
print(base())
