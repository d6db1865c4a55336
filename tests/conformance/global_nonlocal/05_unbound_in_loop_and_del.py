def f(n):
    for i in range(n):
        last = i
    return last
print(f(3))
try:
    f(0)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    v = 1
    del v
    return v
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    return err
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
