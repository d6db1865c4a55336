class Broken:
    def no_self():
        return "called"
    def one_arg(self, x):
        return x
b = Broken()
print(Broken.no_self())
try:
    b.no_self()
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.one_arg()
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.one_arg(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Broken.one_arg(5)
except TypeError as e:
    print(type(e).__name__, e)
