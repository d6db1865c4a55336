class T:
    def __init__(self, n):
        self.n = n
        print("new", n)
    def __del__(self):
        print("del", self.n)
def inner():
    t = T("inner")
    return [t, T("sibling")]
def outer():
    lst = inner()
    print("outer got", len(lst))
    return lst[0]
x = outer()
print("module has", x.n)
x = outer()
print("replaced")
del x
print("end")
