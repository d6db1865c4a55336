if True:
 a = 1
 if a:
        b = 2
        if b:
          c = 3
 d = 4
def f():
                return 1
print(a, b, c, d, f())
