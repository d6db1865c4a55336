class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
lst = [T("l1"), T("l2"), T("l3")]
print("dropping list")
lst = None
tup = (T("t1"), T("t2"))
print("dropping tuple")
del tup
d = {"k1": T("d1"), "k2": T("d2")}
print("dropping dict")
del d
class Pair:
    def __init__(self):
        self.first = T("first")
        self.second = T("second")
    def __del__(self):
        print("del Pair")
p = Pair()
print("dropping Pair")
del p
print("end")
