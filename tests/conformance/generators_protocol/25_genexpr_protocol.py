ge = (x * 10 for x in range(5))
print(ge.gi_code.co_name, ge.__name__, ge.__qualname__)
try:
    ge.send(1)
except TypeError as e:
    print("TypeError:", e)
print(ge.send(None))
print(ge.send("ignored"))
print("yieldfrom:", ge.gi_yieldfrom is None, "suspended:", ge.gi_suspended)
print(ge.close(), list(ge))
def f():
    return (c for c in "ab")
print(f().__qualname__)
ge2 = (x for x in range(3))
next(ge2)
try:
    ge2.throw(ValueError("into genexpr"))
except ValueError as e:
    print("propagated:", e)
print(list(ge2))
def source():
    try:
        yield 1
        yield 2
    finally:
        print("source finally")
wrapped = (v + 100 for v in source())
print(next(wrapped))
print("closing genexpr")
wrapped.close()
print("genexpr closed")
wrapped = (v for v in source())
print(next(wrapped))
wrapped = None
print("genexpr dropped")
try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager iter():", e)
ge3 = (x for x in range(2))
print(next(ge3))
try:
    ge3.throw(StopIteration)
except RuntimeError as e:
    print("genexpr pep479:", e)
