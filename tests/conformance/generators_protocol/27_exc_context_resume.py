def gen():
    try:
        raise ValueError("gen's own")
    except ValueError:
        yield "in except"
        raise KeyError("raised after resume")
g = gen()
next(g)
try:
    raise TypeError("caller's")
except TypeError:
    try:
        next(g)
    except KeyError as e:
        print("context:", type(e.__context__).__name__, e.__context__)
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        yield "suspended in except"
        raise
r = reraiser()
next(r)
try:
    raise IndexError("caller's")
except IndexError:
    try:
        next(r)
    except ValueError as e:
        print("bare raise re-raised:", e)
def catch_thrown():
    try:
        raise ValueError("handled in gen")
    except ValueError:
        try:
            yield 1
        except KeyError as e:
            print("thrown context:", type(e.__context__).__name__)
            yield 2
c = catch_thrown()
next(c)
print(c.throw(KeyError("k")))
c.close()
def plain():
    try:
        yield 1
    except KeyError as e:
        ctx = e.__context__
        print("plain thrown context:", None if ctx is None else type(ctx).__name__)
        yield 2
p = plain()
next(p)
try:
    raise TypeError("caller handling")
except TypeError:
    print(p.throw(KeyError("k")))
p.close()
