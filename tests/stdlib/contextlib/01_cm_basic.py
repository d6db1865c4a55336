from contextlib import contextmanager

log = []


@contextmanager
def tag(name):
    log.append("open " + name)
    yield name.upper()
    log.append("close " + name)


with tag("a") as v:
    log.append("body " + v)
print(log)

log.clear()
with tag("x") as x, tag("y") as y:
    log.append((x, y))
print(log)

log.clear()
with tag("outer"):
    with tag("inner"):
        log.append("deep")
print(log)


@contextmanager
def no_value():
    yield


with no_value() as nv:
    print("value:", nv)


@contextmanager
def counted(start, *, step=1):
    n = [start]
    yield n
    print("final", n[0])


with counted(10, step=5) as c:
    c[0] += 5
    c[0] *= 2

# the body's return value passes through
def f():
    with tag("ret"):
        return "returned"
    return "not reached"


log.clear()
print(f(), log)

# break/continue inside the body still runs the cleanup
log.clear()
for i in range(3):
    with tag(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
print(log)

# exit result of a normal exit is False
cm = tag("direct")
print(cm.__enter__())
print(cm.__exit__(None, None, None))
print(log[-2:])
