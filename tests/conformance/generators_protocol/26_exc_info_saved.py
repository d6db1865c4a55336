import sys
def name():
    t = sys.exc_info()[0]
    return None if t is None else t.__name__
def gen():
    print("gen start sees:", name())
    yield 0
    try:
        raise ValueError("inside")
    except ValueError:
        print("gen in except:", name())
        yield 1
        print("gen after resume:", name(), sys.exc_info()[1])
        yield 2
        print("gen still:", name())
    print("gen after except:", name())
    yield 3
g = gen()
print(next(g))
print(next(g))
print("caller outside:", name())
try:
    raise KeyError("caller")
except KeyError:
    print("caller handling:", name())
    print(next(g))
    print("caller after next:", name())
print("caller outside again:", name())
try:
    raise TypeError("caller2")
except TypeError:
    print(next(g))
    print("caller after gen left except:", name())
print(list(g))
print("end:", sys.exc_info())
