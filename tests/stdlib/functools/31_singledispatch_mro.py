import functools

class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
class Cat(Animal): pass
class Robot: pass

@functools.singledispatch
def speak(x):
    return "..."

@speak.register
def _(x: Animal):
    return "generic animal noise"

@speak.register
def _(x: Dog):
    return "woof"

for obj in (Animal(), Dog(), Puppy(), Cat(), Robot(), 5):
    print(type(obj).__name__, speak(obj))

# dispatch() returns the implementation chosen for a type
print(speak.dispatch(Puppy) is speak.dispatch(Dog))
print(speak.dispatch(Cat) is speak.dispatch(Animal))
print(speak.dispatch(Robot) is speak.dispatch(object))
print(speak.dispatch(object).__name__)
# a later registration is seen (the cache is invalidated)
@speak.register(Puppy)
def _(x):
    return "yip"
print(speak(Puppy()), speak(Dog()))
# builtin hierarchy: bool -> int -> object
@functools.singledispatch
def kind(x):
    return "object"
@kind.register(int)
def _(x):
    return "int"
print(kind(True), kind(1), kind(1.0))
@kind.register(bool)
def _(x):
    return "bool"
print(kind(True), kind(0))
# subclasses of builtins
class MyInt(int): pass
class MyList(list): pass
@kind.register(list)
def _(x):
    return "list"
print(kind(MyInt(3)), kind(MyList()), kind([]))
# dispatch on the class of the first argument only
@functools.singledispatch
def first(a, b):
    return "default"
@first.register(str)
def _(a, b):
    return "str first"
print(first("x", 1), first(1, "x"))
