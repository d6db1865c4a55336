def gen():
    print("body started")
    try:
        yield 1
    except ValueError:
        print("caught inside")
        yield 2
    print("body ended")
g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("raised out of fresh generator:", e)
print("suspended:", g.gi_suspended)
try:
    next(g)
except StopIteration:
    print("fresh generator is now finished")
h = gen()
print(list(h))
try:
    h.throw(KeyError("late"))
except KeyError as e:
    print("raised by finished generator:", e)
try:
    h.throw(StopIteration("late stop"))
except StopIteration as e:
    print("finished generator re-raised StopIteration:", e)
except RuntimeError as e:
    print("RuntimeError:", e)
f = gen()
try:
    f.throw(StopIteration("early stop"))
except StopIteration as e:
    print("StopIteration:", e)
except RuntimeError as e:
    print("fresh generator converted it:", e)
m = gen()
print(next(m))
print("throw into suspended:", m.throw(ValueError))
try:
    m.throw(ValueError)
except ValueError:
    print("second ValueError not caught")
