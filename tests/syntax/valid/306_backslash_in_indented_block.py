x = 1
if x:
    y = \
1
    z = [1, \
         2]
    w = x + \
  y
def f():
    return \
        x
print(y, z, w, f())
