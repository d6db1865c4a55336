# A frame's locals are released first to last when it returns, raises, or its frame object
# (kept by a traceback) dies, as CPython's _PyFrame_Clear and frame_dealloc do.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def returns():
    a = D("a"); b = D("b"); c = D("c")
    return 1

returns()

def raises():
    x = D("x"); y = D("y")
    raise ValueError

try:
    raises()
except ValueError:
    pass
print("handler left")

def kept():
    p = D("p"); q = D("q")
    raise KeyError

try:
    kept()
except KeyError as e:
    saved = e
print("saved")
del saved
print("end")
