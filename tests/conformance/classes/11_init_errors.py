class P:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b
class NoInit:
    pass
try:
    P()
except TypeError as e:
    print(type(e).__name__, e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
print(vars(P(1)), vars(NoInit()))
