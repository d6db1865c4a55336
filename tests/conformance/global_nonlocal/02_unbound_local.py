x = 10
def f():
    print(x)
    x = 20
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    x += 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h(flag):
    if flag:
        y = 1
    return y
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(isinstance(UnboundLocalError(), NameError))
