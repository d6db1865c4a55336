def gen():
    try:
        yield 1
        yield 2
    except KeyError:
        print("not a KeyError")
    finally:
        print("finally runs before the traceback")
g = gen()
print(next(g))
print("throwing")
g.throw(ValueError("thrown and not handled"))
print("never printed")
