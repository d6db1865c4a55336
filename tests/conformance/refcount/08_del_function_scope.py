class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def work():
    local = T("local")
    keep = T("returned")
    print("leaving work")
    return keep
r = work()
print("back in caller, got", r.n)
def temp_only():
    T("temporary")
    print("after temporary statement")
temp_only()
def param(obj):
    print("param", obj.n)
param(T("argument"))
print("after call with argument")
del r
print("done")
