import sys
class Holder:
    def __init__(self, thing):
        self.thing = thing
    def peek(self):
        return sys.getrefcount(self)
payload = {"k": 1}
print(sys.getrefcount(payload))
h = Holder(payload)
print(sys.getrefcount(payload))
h2 = Holder(payload)
print(sys.getrefcount(payload))
print("self inside method", h.peek())
m = h.peek
print("bound method holds self", sys.getrefcount(h))
del m
print(sys.getrefcount(h))
h.thing = None
del h2
print(sys.getrefcount(payload))
