def averager():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
print(a.send(None))
for v in [10, 20, 60]:
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value, e.args)
def bare():
    first = yield
    print("first was", first)
    second = (yield) + 1
    print("second plus one", second)
    third = yield first, second
    print("third was", third)
b = bare()
print(b.send(None))
print(b.send("x"))
print(b.send(41))
try:
    b.send(None)
except StopIteration as e:
    print("done, value", e.value)
c = bare()
c.close()
try:
    c.send("late")
except StopIteration:
    print("send non-None to closed unstarted generator: StopIteration")
except TypeError as e:
    print("TypeError", e)
d = bare()
next(d)
next(d)
try:
    d.send("not a number")
except TypeError as e:
    print("error inside generator:", e)
print("suspended after error:", d.gi_suspended)
