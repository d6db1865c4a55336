x = 1

y = 2
def f():
    return y
print(x + y)
