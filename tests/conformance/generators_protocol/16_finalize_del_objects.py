class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen():
    a = Noisy("a")
    try:
        b = Noisy("b")
        yield 1
        yield 2
    finally:
        print("finally, locals alive:", a.n, b.n)
g = gen()
next(g)
print("dropping")
del g
print("dropped")
class Holder:
    def __init__(self):
        self.g = gen()
        next(self.g)
    def __del__(self):
        print("del Holder")
h = Holder()
print("dropping holder")
h = None
print("holder dropped")
def receiver():
    kept = []
    try:
        while True:
            kept.append((yield len(kept)))
    finally:
        print("receiver finally with", len(kept), "items")
r = receiver()
next(r)
r.send(Noisy("sent1"))
r.send(Noisy("sent2"))
print("closing receiver")
r.close()
print("receiver closed")
del r
print("end")
