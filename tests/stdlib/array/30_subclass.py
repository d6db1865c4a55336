import array

class MyArr(array.array):
    def total(self):
        return sum(self)

m = MyArr('i', [1, 2, 3])
print(m.total(), type(m).__name__, isinstance(m, array.array))
print(repr(m))
print(type(m[1:]).__name__, type(m + m).__name__, type(m * 2).__name__)
print(m == array.array('i', [1, 2, 3]))
class WithInit(array.array):
    def __new__(cls, data):
        return super().__new__(cls, 'd', data)
w = WithInit([1, 2])
print(w, w.typecode)
m.extra = 5
print(m.extra)
try:
    array.array('i').extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
