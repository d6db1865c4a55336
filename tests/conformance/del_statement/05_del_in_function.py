g = "global value"
def f():
    local = 5
    del local
    try:
        return local
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(f())
def h():
    global g
    del g
h()
try:
    print(g)
except NameError as e:
    print(type(e).__name__, e)
def loop_del():
    out = []
    for i in range(3):
        tmp = i * 2
        out.append(tmp)
        del tmp
    return out
print(loop_del())
