def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise
    finally:
        print("outer finally")
g = outer()
next(g)
print("closing")
g.close()
print("closed")
g = outer()
next(g)
print("deleting")
del g
print("deleted")
def returning_inner():
    try:
        yield "a"
    except GeneratorExit:
        print("inner returns on close")
        return "value dropped"
def outer2():
    try:
        yield from returning_inner()
    finally:
        print("outer2 finally")
o = outer2()
next(o)
o.close()
def refusing():
    try:
        yield "r"
    except GeneratorExit:
        print("inner refuses")
        yield "again"
def outer3(sub):
    try:
        yield from sub
    except RuntimeError as e:
        print("outer3 received RuntimeError:", e)
r = refusing()
o = outer3(r)
next(o)
o.close()
print("outer3 closed, inner suspended:", r.gi_suspended, list(r), r.gi_suspended)
g = outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit came back out")
