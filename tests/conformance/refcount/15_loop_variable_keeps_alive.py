class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
for i in range(3):
    obj = T(i)
    print("made", i)
print("loop over")
del obj
print("--")
for item in [T("a"), T("b")]:
    print("visit", item.n)
print("for finished")
del item
print("end")
