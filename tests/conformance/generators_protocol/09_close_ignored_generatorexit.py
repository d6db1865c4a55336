def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
        yield "still alive"
        print("resumed after refusing")
    print("ending")
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("suspended:", s.gi_suspended)
try:
    next(s)
except StopIteration:
    print("finished")
s.close()
def yield_in_finally():
    try:
        yield 1
    finally:
        print("finally runs")
        yield 2
        print("finally resumed")
y = yield_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(y)
except GeneratorExit:
    print("pending GeneratorExit re-raised by next()")
print("suspended:", y.gi_suspended)
def forever():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            print("refusing to close")
f = forever()
next(f)
for attempt in range(2):
    try:
        f.close()
    except RuntimeError as e:
        print("attempt", attempt, e)
try:
    f.throw(KeyError("stop it"))
except KeyError as e:
    print("killed with KeyError", e)
print("suspended:", f.gi_suspended)
