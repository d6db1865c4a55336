def f(x):
    if x:
        for i in range(x):
            while i:
                i -= 1
                if i == 3:
                    break
    return x
class C:
    def m(self):
        if self:
            return 1
x = f(2)
