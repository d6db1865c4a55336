def gen(name):
    print(name, "start")
    try:
        yield 1
        yield 2
    except GeneratorExit as e:
        print(name, "got GeneratorExit", e.args)
        raise
    finally:
        print(name, "finally")
g = gen("a")
print(next(g))
print("close ->", g.close())
print("closed, suspended:", g.gi_suspended)
print("close again ->", g.close())
try:
    next(g)
except StopIteration:
    print("next after close: StopIteration")
fresh = gen("b")
print("close fresh ->", fresh.close())
print("list of closed fresh:", list(fresh))
done = gen("c")
print(list(done))
print("close finished ->", done.close())
def no_try():
    yield 1
    print("never printed")
n = no_try()
next(n)
n.close()
print("no_try closed")
def raise_new_exit():
    try:
        yield 1
    except GeneratorExit:
        print("raising a fresh GeneratorExit")
        raise GeneratorExit("mine")
r = raise_new_exit()
next(r)
print("close swallowed it:", r.close())
