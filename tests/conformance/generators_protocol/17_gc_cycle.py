import gc
gc.disable()
gc.collect()
class Holder:
    pass
def gen(holder):
    try:
        yield 1
        yield 2
    finally:
        print("finally in cycle")
h = Holder()
g = gen(h)
h.gen = g
next(g)
del g, h
print("names deleted, generator not finalized yet")
gc.collect()
print("after collect")
def selfref():
    me = yield "give me myself"
    try:
        yield "holding myself"
    finally:
        print("selfref finally, running:", me.gi_running, me.gi_suspended)
s = selfref()
print(next(s))
print(s.send(s))
del s
print("selfref deleted")
gc.collect()
print("selfref collected")
h = Holder()
h.gen = gen(h)
del h
print("unstarted in cycle")
gc.collect()
print("unstarted collected silently")
gc.enable()
