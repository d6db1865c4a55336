def f():
    global y
    y = 1
def g(a):
    global a
def h():
    nonlocal z
